import type { ChangedFile, Comment, CommitCheck, Deployment, DeploymentStatus, Forge, Issue, MergeResult, PullRequest, ReviewComment } from '../ports/forge.js';
import { GitHubCalls } from './forge-calls.js';
/** Parameter `I` of the port's method `M`, so signatures here cannot drift from the port. */
type In<M extends keyof Forge, I extends number = 0> = Forge[M] extends (...args: infer A) => unknown ? A[I] : never;
/** {@link Forge} backed by GitHub (github.com or GHES, whatever the client's base URL says). */
export declare class GitHubForge extends GitHubCalls implements Forge {
    readonly kind: "github";
    listComments(issueNumber: number): Promise<Comment[]>;
    createComment(issueNumber: number, body: string): Promise<Comment>;
    updateComment(commentId: number, body: string): Promise<Comment>;
    deleteComment(commentId: number): Promise<void>;
    findIssues(query: In<'findIssues'>): Promise<Issue[]>;
    createIssue(input: In<'createIssue'>): Promise<Issue>;
    updateIssue(number: number, input: In<'updateIssue', 1>): Promise<Issue>;
    ensureLabel(name: string, color?: string, description?: string): Promise<void>;
    findPullRequests(query: In<'findPullRequests'>): Promise<PullRequest[]>;
    getPullRequest(number: number): Promise<PullRequest>;
    createPullRequest(input: In<'createPullRequest'>): Promise<PullRequest>;
    updatePullRequest(number: number, input: In<'updatePullRequest', 1>): Promise<PullRequest>;
    listChangedFiles(pullNumber: number): Promise<ChangedFile[]>;
    createReviewComments(pullNumber: number, commitSha: string, comments: ReviewComment[]): Promise<void>;
    listReviewComments(pullNumber: number): Promise<ReviewComment[]>;
    getBranchSha(branch: string): Promise<string | undefined>;
    createBranch(branch: string, sha: string): Promise<void>;
    mergeBranches(input: In<'mergeBranches'>): Promise<MergeResult>;
    listCommitChecks(ref: string): Promise<CommitCheck[]>;
    createDeployment(input: In<'createDeployment'>): Promise<Deployment>;
    createDeploymentStatus(deploymentId: number, input: In<'createDeploymentStatus', 1>): Promise<DeploymentStatus>;
    listDeployments(query: In<'listDeployments'>): Promise<Deployment[]>;
    listDeploymentStatuses(deploymentId: number): Promise<DeploymentStatus[]>;
}
export {};
