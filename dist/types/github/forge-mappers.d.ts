/**
 * Mapping of GitHub's REST responses to the forge port's types: the one place that knows
 * GitHub's field names, so the adapter itself reads as calls.
 */
import type { Comment, CommitCheck, Deployment, DeploymentStatus, Issue, PullRequest } from '../ports/forge.js';
import type { GitHubClient } from './client.js';
type Rest = GitHubClient['rest'];
/** The `data` of an Octokit method's response. */
export type DataOf<F> = F extends (...args: never[]) => Promise<{
    data: infer D;
}> ? D : never;
export declare const labelNames: (labels: (string | {
    name?: string;
})[]) => string[];
export declare const orUndefined: <T>(value: T | null | undefined) => T | undefined;
export declare function toComment(c: DataOf<Rest['issues']['getComment']>): Comment;
export declare function toIssue(i: DataOf<Rest['issues']['get']>): Issue;
export declare function toPullRequest(p: DataOf<Rest['pulls']['get']> | DataOf<Rest['pulls']['list']>[number]): PullRequest;
export declare function fromCheckRun(run: DataOf<Rest['checks']['listForRef']>['check_runs'][number]): CommitCheck;
export declare function fromStatus(status: DataOf<Rest['repos']['getCombinedStatusForRef']>['statuses'][number]): CommitCheck;
export declare function toDeployment(d: DataOf<Rest['repos']['getDeployment']>): Deployment;
export declare function toDeploymentStatus(s: DataOf<Rest['repos']['getDeploymentStatus']>): DeploymentStatus;
export {};
