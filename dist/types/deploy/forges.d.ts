/**
 * The ports a deploy runs with, for each forge: GitHub (the action, or the CLI with a token) and
 * the local forge over a git remote (the CLI's offline rehearsal). Each names the repository the
 * checklist reads files from and the one the rollback writes its revert in.
 */
import type { GitHubClient } from '../github/client.js';
import { type BranchTips } from './branch-tip.js';
import type { Forge, RepoRef } from '../ports/forge.js';
import { type PullRequestMerger } from './pull-merge.js';
/** The forge-specific part of the deploy's dependencies. */
export interface DeployPorts {
    forge: Forge;
    pullRequests: PullRequestMerger;
    tips: BranchTips;
    /** Where the checklist lists changed files. */
    repoDir: string;
    gitEnv?: Record<string, string>;
    /** Where the rollback writes its revert. */
    rollbackGit: {
        dir: string;
        env?: Record<string, string>;
    };
}
export interface GitHubPortOptions {
    /** The run's client (the runtime builds it: retries, throttling, knobs). */
    client: GitHubClient;
    repo: RepoRef;
    /** The checkout of the repository (GITHUB_WORKSPACE in an action). */
    checkoutDir: string;
}
/** GitHub: one client for the forge and the pull-request merge. */
export declare function githubDeployPorts(options: GitHubPortOptions): DeployPorts;
export interface LocalPortOptions {
    /** The git remote (usually bare) whose staging and main are deployed. */
    gitDir: string;
    /** Where the local forge keeps its JSON records. */
    stateDir: string;
    repo: RepoRef;
    env?: Record<string, string>;
}
/** The local forge: the remote holds every commit, so it serves the checklist and the rollback too. */
export declare function localDeployPorts(options: LocalPortOptions): Promise<DeployPorts>;
