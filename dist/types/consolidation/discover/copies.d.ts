/**
 * Copies made by tools, known by their names: Finder's `name 2.ts` and `name copy.ts`, browsers'
 * `name (1).ts`, editors' and people's `name.old.ts`, `name.ts.bak`, `name-backup.ts`, and whole
 * `backup/` folders. Each is paired with the file it copies when that file exists. Pure.
 */
/** A tool-made copy and the file it copies (undefined when that file is gone). */
export interface ToolCopy {
    copy: string;
    original?: string;
    /** How the name gives it away, for the evidence. */
    pattern: string;
}
/**
 * The tool-made copies among `files` (root-relative paths), with their originals.
 * @param exists whether a path is a file of the repository (the caller passes the file list's set)
 */
export declare function toolCopies(files: string[], exists: (file: string) => boolean): ToolCopy[];
