import type { ChangedFile } from './forge.js';
/** GitHub leaves out patches of very large files; so do we, past this many characters. */
export declare const MAX_PATCH_CHARS: number;
/** Files changed from commit `from` to commit `to` (pass the merge base as `from`, as GitHub does). */
export declare function changedFiles(cwd: string, from: string, to: string, env?: Record<string, string>): Promise<ChangedFile[]>;
/** Parses `git diff --name-status -z`: `M NUL path NUL`, `R100 NUL old NUL new NUL`. */
export declare function parseNameStatus(output: string): ChangedFile[];
/**
 * Splits a `git diff --patch` into one entry per file, keeping only the hunks. A file without
 * hunks (binary, pure rename, mode change) or with a huge patch gets `undefined`.
 */
export declare function splitPatch(output: string): (string | undefined)[];
