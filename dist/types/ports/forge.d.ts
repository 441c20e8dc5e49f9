/**
 * The forge port: everything launchgate asks of GitHub, in launchgate's words. Two adapters
 * implement it: `GitHubForge` (Octokit, REST) and `LocalForge` (real git plus JSON files under a
 * folder) so every capability runs on a laptop without GitHub. Capabilities depend on this
 * interface only.
 */
/** owner/name of a repository. */
export interface RepoRef {
    owner: string;
    repo: string;
}
export interface Comment {
    id: number;
    body: string;
    /** Login of the author; the sticky-comment helper only edits its own kind of comment by marker. */
    author?: string;
    createdAt?: string;
}
export interface Issue {
    number: number;
    title: string;
    body: string;
    state: 'open' | 'closed';
    labels: string[];
    url: string;
}
export interface PullRequest {
    number: number;
    title: string;
    body: string;
    state: 'open' | 'closed';
    merged: boolean;
    head: string;
    base: string;
    headSha: string;
    labels: string[];
    url: string;
    mergeCommitSha?: string;
}
/** Outcome of merging one branch into another (GitHub's merges API: 201, 204, 409). */
export type MergeResult = {
    status: 'merged';
    sha: string;
} | {
    status: 'up-to-date';
} | {
    status: 'conflict';
    message: string;
};
export type DeploymentState = 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success';
export interface Deployment {
    id: number;
    sha: string;
    ref: string;
    environment: string;
    createdAt: string;
    description?: string;
    payload?: Record<string, unknown>;
}
export interface DeploymentStatus {
    id: number;
    state: DeploymentState;
    createdAt: string;
    environmentUrl?: string;
    logUrl?: string;
    description?: string;
}
/** One required check on a commit, from the Checks API or the Statuses API. */
export interface CommitCheck {
    name: string;
    /** `pending` while queued or running. */
    state: 'success' | 'failure' | 'pending' | 'neutral' | 'skipped';
    source: 'check-run' | 'status';
    url?: string;
}
export interface ChangedFile {
    path: string;
    status: 'added' | 'modified' | 'removed' | 'renamed' | 'copied' | 'changed' | 'unchanged';
    previousPath?: string;
    /** Unified diff of the file, absent for binaries or very large files. */
    patch?: string;
}
/** A line comment on a pull request's diff. */
export interface ReviewComment {
    path: string;
    line: number;
    body: string;
}
export interface Forge {
    /** Which repository this forge speaks for. */
    readonly repo: RepoRef;
    /** `github` or `local`, for reports. */
    readonly kind: 'github' | 'local';
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
    /** Creates the label when missing; never fails when it exists. */
    ensureLabel(name: string, color?: string, description?: string): Promise<void>;
    findPullRequests(query: {
        head?: string;
        base?: string;
        state?: 'open' | 'closed' | 'all';
    }): Promise<PullRequest[]>;
    getPullRequest(number: number): Promise<PullRequest>;
    createPullRequest(input: {
        title: string;
        body: string;
        head: string;
        base: string;
        labels?: string[];
    }): Promise<PullRequest>;
    updatePullRequest(number: number, input: {
        title?: string;
        body?: string;
    }): Promise<PullRequest>;
    listChangedFiles(pullNumber: number): Promise<ChangedFile[]>;
    createReviewComments(pullNumber: number, commitSha: string, comments: ReviewComment[]): Promise<void>;
    /** Line comments already on a pull request's diff (to post each finding once). */
    listReviewComments(pullNumber: number): Promise<ReviewComment[]>;
    getBranchSha(branch: string): Promise<string | undefined>;
    createBranch(branch: string, sha: string): Promise<void>;
    mergeBranches(input: {
        base: string;
        head: string;
        message: string;
    }): Promise<MergeResult>;
    listCommitChecks(ref: string): Promise<CommitCheck[]>;
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
    listDeployments(query: {
        environment?: string;
        sha?: string;
    }): Promise<Deployment[]>;
    listDeploymentStatuses(deploymentId: number): Promise<DeploymentStatus[]>;
}
