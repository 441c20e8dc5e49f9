/**
 * Promote: the source branch into the target branch. First GitHub's merges API (201 merged,
 * 204 nothing to merge, 409 conflict); when branch protection refuses it and the config allows,
 * through a pull request: find or open it, wait for its checks, merge it.
 */
import type { DeployConfig } from '../config/sections/deploy.js';
import type { CommitCheck, Forge, MergeResult } from '../ports/forge.js';
import type { Clock } from './clock.js';
import type { PullRequestMerger } from './pull-merge.js';
import type { PromoteOutcome } from './types.js';
export interface PromoteDeps {
    forge: Forge;
    pullRequests: PullRequestMerger;
    clock: Clock;
    log: (line: string) => void;
}
/**
 * Tells a refusal by branch protection from a content conflict and from an outage. Pure: reads
 * the merge result or the error's status and message only.
 */
export declare function classifyMergeFailure(outcome: MergeResult | {
    error: unknown;
}): 'protected' | 'conflict' | 'merged' | 'up-to-date' | 'error';
/** All green, some still running, or some failed: the verdict on a pull request's checks. */
export declare function checksVerdict(checks: readonly CommitCheck[]): 'green' | 'pending' | 'failed';
/** Merges source into target as the config says; never throws for conflicts or protection. */
export declare function promote(deps: PromoteDeps, config: DeployConfig, sourceSha: string): Promise<PromoteOutcome>;
