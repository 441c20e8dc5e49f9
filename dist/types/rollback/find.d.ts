/**
 * What a rollback run reads before it writes anything: the rollback PR and issue an earlier run
 * opened (by branch and by hidden marker), the deploy's own PR, and a `rollback:hold` label on any
 * of them. Reads only; the use case decides.
 */
import type { Forge, Issue, PullRequest } from '../ports/forge.js';
import { type RollbackLabels } from './texts.js';
/** The rollback of a sha as GitHub shows it now. */
export interface ExistingRollback {
    /** The open rollback PR, or else the newest closed one (merged, or declined by a person). */
    pullRequest?: PullRequest;
    /** The rollback issue (open or closed), the oldest when duplicates exist. */
    issue?: Issue;
}
/** A `rollback:hold` label that stops automatic action, and where it is. */
export interface Hold {
    /** `#12`, in the user's words. */
    on: string;
    url?: string;
}
/** Finds the rollback PR of `branch` and the issue carrying the marker of `sha`. */
export declare function findExisting(forge: Forge, sha: string, branch: string, labels: RollbackLabels): Promise<ExistingRollback>;
/**
 * The deploy's pull request: the one named by the caller, or the closed PR whose merge commit is
 * the deployed sha. Only read on the way to a rollback, so the scan of closed PRs stays rare.
 */
export declare function findDeployPullRequest(forge: Forge, sha: string, base: string, number?: number): Promise<PullRequest | undefined>;
/**
 * The first hold that applies: on the deploy's PR, on an open issue about the deploy (it names the
 * sha), or on the rollback PR or issue itself (a person said "leave this one to me").
 */
export declare function findHold(forge: Forge, sha: string, labels: RollbackLabels, candidates: Array<PullRequest | Issue | undefined>): Promise<Hold | undefined>;
