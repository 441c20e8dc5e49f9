/** A checked-out ref; `root` is the scanned folder inside it (same subfolder as the head's root). */
export interface RefTree {
    ref: string;
    sha: string;
    root: string;
    /** Removes the worktree and its folder. */
    dispose(): Promise<void>;
}
/** Checks out `ref` of the repository holding `root` into a temporary worktree. */
export declare function checkoutRef(root: string, ref: string): Promise<RefTree>;
