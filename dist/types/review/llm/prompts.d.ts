/**
 * Each agent's focused prompt. The system prompt is stable per agent (role, focus, rules, output)
 * so providers can cache it across the agent's requests and runs; everything that changes per
 * request (the pull request's text, the analyzers' findings, the diff) goes in the user message,
 * fenced as untrusted data.
 */
import type { ReviewAgent, ReviewFinding } from '../findings.js';
import type { Chunk } from './excerpt.js';
import { type FenceId } from './untrusted.js';
/** What each reviewer looks for, in a reviewer's words. */
export declare const AGENT_PROMPTS: Readonly<Record<ReviewAgent, string>>;
/** The stable system prompt of one agent. */
export declare function systemPrompt(agent: ReviewAgent): string;
/** The pull request's own words, when the caller has them (title and description). */
export interface PullRequestText {
    title: string;
    body: string;
}
/** The user message of one request: pull request text, grounding, then the diff excerpts. */
export declare function userPrompt(input: {
    chunk: Chunk;
    part: number;
    parts: number;
    grounding: readonly ReviewFinding[];
    pullRequest?: PullRequestText;
    nextId?: FenceId;
}): string;
/** The follow-up after an answer that did not parse: one chance to fix it. */
export declare function repairPrompt(problem: string): string;
