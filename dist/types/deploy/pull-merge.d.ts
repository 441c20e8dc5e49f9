/**
 * Merging a pull request, which the forge port does not offer (yet): a tiny port of its own with
 * a GitHub adapter (`PUT /pulls/{n}/merge`) and one over any forge whose branch merge closes the
 * pull request as GitHub does (the local forge).
 */
import { type GitHubClient } from '../github/client.js';
import type { Forge, PullRequest, RepoRef } from '../ports/forge.js';
/** Merges an open pull request and returns the merge commit. */
export interface PullRequestMerger {
    merge(pull: PullRequest, commitTitle: string): Promise<{
        sha: string;
    }>;
}
/** GitHub's merge button: a merge commit, and only if the head is still the commit we checked. */
export declare function githubPullRequestMerger(octokit: GitHubClient, repo: RepoRef): PullRequestMerger;
/**
 * For a forge without merge rules of its own (the local forge): merging the branches is what the
 * merge button does, and the forge marks the pull request merged.
 */
export declare function branchMergePullRequestMerger(forge: Forge): PullRequestMerger;
