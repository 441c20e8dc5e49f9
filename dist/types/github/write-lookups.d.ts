/**
 * How to tell that a write whose answer was lost was done: one read per kind of write, each
 * matching what that write makes and nothing older that could be mistaken for it. Used by the
 * GitHub forge through `writeOnce`; pure reads of the forge port, plus the branch's tip commit.
 */
import type { Comment, Deployment, DeploymentStatus, Forge, Issue, PullRequest } from '../ports/forge.js';
type Reads = Pick<Forge, 'findIssues' | 'listComments' | 'findPullRequests' | 'getPullRequest' | 'getBranchSha' | 'listDeployments' | 'listDeploymentStatuses' | 'listReviewComments'>;
/** The newest issue with this exact title and body (an issue with the same text is the same issue). */
export declare function findCreatedIssue(forge: Reads, input: {
    title: string;
    body: string;
    labels?: string[];
}): Promise<Issue | undefined>;
/** The newest comment on the issue with exactly this body. */
export declare function findCreatedComment(forge: Reads, issueNumber: number, body: string): Promise<Comment | undefined>;
/** The open PR of this head into this base: GitHub keeps at most one. */
export declare function findCreatedPull(forge: Reads, input: {
    head: string;
    base: string;
}): Promise<PullRequest | undefined>;
/** The branch exists at the sha it was to be created at. */
export declare function branchCreated(forge: Reads, branch: string, sha: string): Promise<true | undefined>;
/** A commit as the branches API shows its tip. */
export interface TipCommit {
    sha: string;
    message: string;
    parents: string[];
}
/** The merge commit this merge made: base's tip, with this message, whose parents hold head's tip. */
export declare function isMergeOf(tip: TipCommit | undefined, headSha: string, message: string): boolean;
/**
 * The deployment this request created: same ref, environment, description and payload, and no
 * status yet (a deployment launchgate made always gets one right after; an earlier run's that has
 * none was lost the same way, and carrying it on is better than leaving it without any).
 */
export declare function findCreatedDeployment(forge: Reads, input: {
    ref: string;
    environment: string;
    description?: string;
    payload?: Record<string, unknown>;
}): Promise<Deployment | undefined>;
/** The deployment's newest status, when it says the same as this one: posting it again adds nothing. */
export declare function findCreatedStatus(forge: Reads, deploymentId: number, input: {
    state: string;
    description?: string;
}): Promise<DeploymentStatus | undefined>;
/** Every line comment of the review is on the PR already. */
export declare function reviewPosted(forge: Reads, pullNumber: number, comments: ReadonlyArray<{
    path: string;
    line: number;
    body: string;
}>): Promise<true | undefined>;
/** A merged PR's merge commit, once GitHub shows it merged. */
export declare function pullMerged(forge: Reads, number: number): Promise<{
    sha: string;
} | undefined>;
export {};
