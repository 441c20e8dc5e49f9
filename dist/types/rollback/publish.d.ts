import type { Forge, Issue, PullRequest } from '../ports/forge.js';
import { type RollbackLabels, type RollbackSubject } from './texts.js';
import type { RollbackRequest, RollbackStep } from './types.js';
/** What every write needs. */
export interface RollbackContext {
    forge: Forge;
    request: RollbackRequest;
    labels: RollbackLabels;
    subject: RollbackSubject;
}
/** What the PR step produced; `problem` when the PR could not be opened. */
export interface PullOutcome {
    pullRequest?: PullRequest;
    issue?: Issue;
    problem?: string;
}
/** Creates the rollback issue, or updates the existing one when its text changed. */
export declare function ensureIssue(ctx: RollbackContext, existing: Issue | undefined, link: {
    pullRequest?: number;
    problem?: string;
}, steps: RollbackStep[]): Promise<Issue>;
/**
 * Opens the PR from the rollback branch and links the issue to it. A 422 means another run opened
 * it a moment earlier (GitHub allows one open PR per head): that PR is found and used.
 */
export declare function createRollbackPull(ctx: RollbackContext, branch: string, base: string, issue: Issue, steps: RollbackStep[]): Promise<PullOutcome>;
/** A later run: the PR is open; brings the PR and the issue up to date, opening a missing issue. */
export declare function refreshRollback(ctx: RollbackContext, pull: PullRequest, issue: Issue | undefined): Promise<{
    pullRequest: PullRequest;
    issue: Issue;
    created: boolean;
    steps: RollbackStep[];
}>;
