import type { GitIdentity } from './git.js';
/** Outcome of {@link mergeTree}: the merged tree, or the paths that conflict. */
export type MergeTreeResult = {
    clean: true;
    tree: string;
} | {
    clean: false;
    /** Tree with conflict markers, as git wrote it; useful only for inspection. */
    tree: string;
    /** Conflicting paths, each once, in git's order. */
    conflicts: string[];
    /** git's `CONFLICT (...)` lines, e.g. `CONFLICT (content): Merge conflict in a.txt`. */
    messages: string[];
};
/**
 * Three-way merges `head` into `base` (merge base found by git) with `git merge-tree --write-tree`
 * and returns the resulting tree id. Writes objects only; no ref or index changes. Unrelated
 * histories or unknown commits reject with a {@link GitError}.
 */
export declare function mergeTree(cwd: string, base: string, head: string, env?: Record<string, string>): Promise<MergeTreeResult>;
/** Outcome of {@link revertMergeCommit}. No ref moves; the caller updates the branch. */
export type RevertResult = {
    status: 'reverted';
    sha: string;
} | {
    status: 'conflict';
    conflicts: string[];
};
/**
 * Writes a commit on top of `onto` that undoes merge commit `merge` relative to its parent
 * `mainline` (1 = the branch merged into, as `git revert -m 1`). `onto` defaults to `merge` and
 * must descend from it. When later commits touched the same lines, returns the conflicting paths.
 */
export declare function revertMergeCommit(cwd: string, input: {
    merge: string;
    onto?: string;
    mainline?: number;
    message: string;
    author?: GitIdentity;
    env?: Record<string, string>;
}): Promise<RevertResult>;
