import type { LlmClient, LlmUsage } from '../../llm/port.js';
import type { ChangeSet } from '../change.js';
import type { FindingCandidate, ReviewAgent, ReviewFinding } from '../findings.js';
import { type PullRequestText } from './prompts.js';
import { type DropReason } from './reanchor.js';
/** Limits of one agent's pass, from `review.llm`. */
export interface LlmPassLimits {
    tokenBudget: number;
    maxRequests: number;
    maxOutputTokens: number;
    minConfidence: number;
}
/** What one agent's pass produced. */
export interface LlmPassResult {
    candidates: FindingCandidate[];
    notices: string[];
    /** False when the pass was abandoned and the agent stands on its analyzers alone. */
    completed: boolean;
    requests: number;
    usage: LlmUsage;
    dropped: Record<DropReason, number>;
}
/** Runs the pass of `agent` over `change` with `client`. Never throws for provider trouble. */
export declare function runLlmPass(input: {
    agent: ReviewAgent;
    change: ChangeSet;
    grounding: readonly ReviewFinding[];
    client: LlmClient;
    limits: LlmPassLimits;
    pullRequest?: PullRequestText;
}): Promise<LlmPassResult>;
