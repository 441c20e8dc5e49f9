/**
 * Where the revert commit is written and how branch `rollback/<sha>` comes to exist. The creation
 * of that branch is the lock of a rollback: git refuses to create a ref that exists, atomically,
 * under its own ref lock, so of two runs exactly one creates it and the other learns it lost.
 *
 * - {@link LocalRevertWriter}: the repository is the remote itself (the local forge's git dir):
 *   the revert is written there and the branch created with a compare-and-swap `update-ref`.
 * - {@link PushRevertWriter}: the runner's checkout of a GitHub repository: the revert is written
 *   in the checkout and pushed as a new ref; the server's receive-pack does the compare-and-swap
 *   (old value "none"), so a second push of the branch is rejected, never merged or forced.
 *
 * Why git in the runner rather than GitHub's `revertPullRequest`: a deploy that merged staging into
 * main through the merges API has no PR to revert; the mutation names its own branch (so it could
 * not be the lock); and the same code then runs against the local forge and GHES.
 */
import { type GitIdentity } from '../git/git.js';
/** What {@link RevertWriter.create} did. */
export type RevertOutcome = {
    status: 'created';
    sha: string;
    onto: string;
} | {
    status: 'exists';
} | {
    status: 'conflict';
    conflicts: string[];
    onto: string;
};
/** The tip of an existing rollback branch, for telling a live run from one that died. */
export interface BranchTip {
    sha: string;
    /** Commit time of the tip, epoch ms. */
    committedAt: number;
    message: string;
}
/** Writes the revert and creates the branch at it, or reports that the branch exists. */
export interface RevertWriter {
    /** Where the revert is written, for reports (`the local forge` or `the checkout at …`). */
    readonly describe: string;
    /**
     * Reverts `merge` (relative to its first parent) on top of the current `base` and creates
     * `branch` at the result. Never moves an existing branch.
     */
    create(input: {
        merge: string;
        base: string;
        branch: string;
        message: string;
    }): Promise<RevertOutcome>;
    /** Creates `branch` at `sha` unless it exists: the lock alone, when there is no revert to write. */
    claim(branch: string, sha: string): Promise<boolean>;
    /** The branch's tip, or undefined when it does not exist. */
    tip(branch: string): Promise<BranchTip | undefined>;
}
/** Author of revert commits unless the caller names one. */
export declare const ROLLBACK_IDENTITY: GitIdentity;
/** Writes into the repository that is itself the remote (the local forge's `gitDir`). */
export declare class LocalRevertWriter implements RevertWriter {
    private readonly gitDir;
    private readonly options;
    constructor(gitDir: string, options?: {
        env?: Record<string, string>;
        identity?: GitIdentity;
    });
    get describe(): string;
    create(input: {
        merge: string;
        base: string;
        branch: string;
        message: string;
    }): Promise<RevertOutcome>;
    claim(branch: string, sha: string): Promise<boolean>;
    tip(branch: string): Promise<BranchTip | undefined>;
}
/** Writes in a checkout and pushes to its remote (the runner's `actions/checkout` of GitHub). */
export declare class PushRevertWriter implements RevertWriter {
    private readonly workDir;
    private readonly options;
    private readonly remote;
    constructor(workDir: string, options?: {
        remote?: string;
        env?: Record<string, string>;
        identity?: GitIdentity;
    });
    get describe(): string;
    create(input: {
        merge: string;
        base: string;
        branch: string;
        message: string;
    }): Promise<RevertOutcome>;
    claim(branch: string, sha: string): Promise<boolean>;
    tip(branch: string): Promise<BranchTip | undefined>;
    /** Fetches one ref of the remote; its sha, or undefined when the remote has no such ref. */
    private fetch;
}
/** The flag git's `push --porcelain` printed for `ref`: `*` new, `=` up to date, `!` rejected. */
export declare function porcelainFlag(stdout: string, ref: string): string | undefined;
