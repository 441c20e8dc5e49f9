import type { GitIdentity } from '../git/git.js';
import type { FileLockOptions } from './local-forge-lock.js';
import { LocalForgeRecords } from './local-forge-records.js';
import type { ChangedFile, Forge, MergeResult, PullRequest, RepoRef } from './forge.js';
export { LocalForgeError } from './local-forge-model.js';
/** Options of {@link LocalForge.open}. */
export interface LocalForgeOptions {
    /** The git repository branches live in, bare or not (usually the bare "origin"). */
    gitDir: string;
    /** Folder for `forge.json`; created when missing. */
    stateDir: string;
    repo: RepoRef;
    /** Extra environment for every git call (tests isolate git from the user's config with it). */
    env?: Record<string, string>;
    /** Author and committer of merge commits; `launchgate <launchgate@localhost>` by default. */
    identity?: GitIdentity;
    /** Login recorded as the author of comments; `launchgate` by default. */
    actor?: string;
    /** Clock for timestamps; tests pin it. */
    now?: () => Date;
    lock?: FileLockOptions;
}
/** The forge port over local git and JSON files. Create with {@link LocalForge.open}. */
export declare class LocalForge extends LocalForgeRecords implements Forge {
    private readonly options;
    readonly kind: "local";
    private constructor();
    /** Checks that `gitDir` is a git repository, creates `stateDir`, and returns the forge. */
    static open(options: LocalForgeOptions): Promise<LocalForge>;
    /** Path of the JSON state file, for messages and for people who want to look inside. */
    get stateFile(): string;
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
    /** Files changed by the pull request: merge base of base and head, to head (real git). */
    listChangedFiles(pullNumber: number): Promise<ChangedFile[]>;
    getBranchSha(branch: string): Promise<string | undefined>;
    createBranch(branch: string, sha: string): Promise<void>;
    /**
     * Merges `head` into `base` as GitHub's merges API does: a real two-parent merge commit written
     * without a work tree, and `base` moved only if nobody moved it meanwhile (compare-and-swap).
     */
    mergeBranches(input: {
        base: string;
        head: string;
        message: string;
    }): Promise<MergeResult>;
    private get gitDir();
    /** A branch name first (as GitHub resolves `ref`), then any commit-ish. */
    protected resolveCommit(ref: string): Promise<string>;
    private toLivePull;
    private requireBranch;
    private requireCommit;
    /** GitHub closes an open pull request as merged once its head lands in its base. */
    private markPullsMerged;
}
