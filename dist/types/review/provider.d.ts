/**
 * The LLM pass's place in the flow: which provider reviews after the analyzers, or why none does.
 * A provider that is configured but cannot run (its key is missing, as on a fork's pull request,
 * which gets no secrets) is reported loudly, in the summary and on stderr, and the review goes on
 * with the analyzers: never a silent pass with nothing reviewed, never a failure for lack of a key.
 */
import type { ReviewLlmConfig } from '../config/sections/review.js';
import type { ChangeSet } from './change.js';
import type { ReviewAgent, ReviewFinding } from './findings.js';
import type { LlmPassResult } from './llm/pass.js';
import type { PullRequestText } from './llm/prompts.js';
export declare const PROVIDERS: readonly ["offline", "anthropic", "openai"];
export type ProviderName = (typeof PROVIDERS)[number];
/** An LLM reviewer: one agent's focused pass over the change, grounded on the analyzers' findings. */
export interface ReviewProvider {
    name: Exclude<ProviderName, 'offline'>;
    model: string;
    review(input: {
        agent: ReviewAgent;
        change: ChangeSet;
        grounding: readonly ReviewFinding[];
        pullRequest?: PullRequestText;
    }): Promise<LlmPassResult>;
}
/** Which provider will run, and what to tell the user when the requested one cannot. */
export interface ProviderChoice {
    requested: ProviderName;
    provider?: ReviewProvider;
    /** Set when the requested LLM pass does not run. */
    notice?: string;
    /** The environment variable that should have held the key, when that is why. */
    missingKey?: string;
}
/** What {@link chooseProvider} needs besides the name. */
export interface ProviderOptions {
    llm: ReviewLlmConfig;
    model?: string;
    /** Where the API key is looked up; the caller passes the environment (the CLI's, the runner's). */
    env: Readonly<Record<string, string | undefined>>;
}
/** Resolves the requested provider; a missing key falls back to analyzers only, with a notice. */
export declare function chooseProvider(requested: ProviderName, options: ProviderOptions): ProviderChoice;
