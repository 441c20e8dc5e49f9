/**
 * Reads `git diff --unified=0` output into the lines each file gains. Only added lines count
 * against a PR (issue 5, item 3): a finding elsewhere in a changed file was there before.
 */
/** How a file changed between the two commits. */
export type ChangeStatus = 'added' | 'modified' | 'renamed' | 'deleted';
/** One file of the diff and the line numbers (at head, 1-based) it gained. */
export interface ChangedFile {
    /** Path at head (at base for a deleted file), relative to the repository root. */
    path: string;
    oldPath?: string;
    status: ChangeStatus;
    binary: boolean;
    /** Added line numbers at head, ascending. */
    addedLines: number[];
}
/** Undoes git's C-style quoting of unusual paths (`"a\tb"`, octal escapes for UTF-8 bytes). */
export declare function unquotePath(raw: string): string;
/** Parses a unified diff (any context size; `--unified=0` keeps it small) into changed files. */
export declare function parseUnifiedDiff(text: string): ChangedFile[];
/** True when `[line, endLine]` touches an added line of the file. */
export declare function touchesAddedLines(added: ReadonlySet<number>, line: number, endLine?: number): boolean;
