import { type GitHubClient } from '../github/client.js';
import type { RepoRef } from '../ports/forge.js';
/** A commit as a branch's tip: its sha, full message and parents in order (base first for a merge). */
export interface TipCommit {
    sha: string;
    message: string;
    parents: string[];
}
/** Reads the tip commit of a branch; undefined when the branch does not exist. */
export interface BranchTips {
    tip(branch: string): Promise<TipCommit | undefined>;
}
/** GitHub's branches API, which returns the tip commit with its parents. */
export declare function githubBranchTips(octokit: GitHubClient, repo: RepoRef): BranchTips;
/** A git repository holding the branch (the local forge's bare remote). */
export declare function gitBranchTips(gitDir: string, env?: Record<string, string>): BranchTips;
