export interface ExcludeFacts {
    /** Globs of the folders found, e.g. `backups/**`, `**\/node_modules/**`. */
    folders: string[];
    /** Copies found (paths), and the glob that matches them. */
    copies: string[];
    copyGlobs: string[];
}
/** Finds the folders and copies under `root` (dot-folders and .git are never walked). */
export declare function detectExcludes(root: string): Promise<ExcludeFacts>;
