/**
 * The half of the local forge that is records only: comments, issues, labels, deployments, review
 * comments and checks in `forge.json`. `LocalForge` extends it with pull requests, branches and
 * merges, which read and write git.
 */
import type { Comment, CommitCheck, Deployment, DeploymentState, DeploymentStatus, Issue, RepoRef, ReviewComment } from './forge.js';
import type { ForgeState, ForgeStore, StoredIssue } from './local-forge-store.js';
/** The local forge's records, kept in its JSON state; git is only asked to resolve refs. */
export declare abstract class LocalForgeRecords {
    /** Which repository this forge speaks for. */
    readonly repo: RepoRef;
    protected readonly store: ForgeStore;
    private readonly clock;
    /** Login recorded as the author of comments. */
    protected readonly actor: string;
    constructor(
    /** Which repository this forge speaks for. */
    repo: RepoRef, store: ForgeStore, clock: () => Date, 
    /** Login recorded as the author of comments. */
    actor: string);
    /** The commit a branch name, tag or sha stands for; fails like GitHub when there is none. */
    protected abstract resolveCommit(ref: string): Promise<string>;
    listComments(issueNumber: number): Promise<Comment[]>;
    createComment(issueNumber: number, body: string): Promise<Comment>;
    updateComment(commentId: number, body: string): Promise<Comment>;
    deleteComment(commentId: number): Promise<void>;
    findIssues(query: {
        labels?: string[];
        state?: 'open' | 'closed' | 'all';
    }): Promise<Issue[]>;
    createIssue(input: {
        title: string;
        body: string;
        labels?: string[];
    }): Promise<Issue>;
    updateIssue(number: number, input: {
        title?: string;
        body?: string;
        state?: 'open' | 'closed';
        labels?: string[];
    }): Promise<Issue>;
    ensureLabel(name: string, color?: string, description?: string): Promise<void>;
    createDeployment(input: {
        ref: string;
        environment: string;
        description?: string;
        payload?: Record<string, unknown>;
    }): Promise<Deployment>;
    createDeploymentStatus(deploymentId: number, input: {
        state: DeploymentState;
        environmentUrl?: string;
        logUrl?: string;
        description?: string;
    }): Promise<DeploymentStatus>;
    /** Deployments newest first, as GitHub lists them. */
    listDeployments(query: {
        environment?: string;
        sha?: string;
    }): Promise<Deployment[]>;
    listDeploymentStatuses(deploymentId: number): Promise<DeploymentStatus[]>;
    createReviewComments(pullNumber: number, commitSha: string, comments: ReviewComment[]): Promise<void>;
    /** Review comments left on a pull request, oldest first (not part of the port; for reports and tests). */
    listReviewComments(pullNumber: number): Promise<(ReviewComment & {
        commitSha: string;
    })[]>;
    /** Checks recorded for the commit `ref` resolves to, via {@link LocalForgeRecords.recordCheck}. */
    listCommitChecks(ref: string): Promise<CommitCheck[]>;
    /**
     * Records a check on a commit (the local forge has no CI). A check with the same name and
     * source replaces the earlier one, as GitHub reports the latest run of each check.
     */
    recordCheck(ref: string, check: CommitCheck): Promise<void>;
    protected timestamp(): string;
    protected addIssue(state: ForgeState, input: {
        title: string;
        body: string;
        labels?: string[];
    }): StoredIssue;
}
