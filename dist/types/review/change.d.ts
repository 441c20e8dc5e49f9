import { UserError } from '../errors.js';
import { type ChangedFile } from './diff.js';
/** A changed file with its content at head (absent for deleted, binary or oversized files). */
export interface ChangedSource extends ChangedFile {
    content?: string;
    /** `content` split into lines; `lines[0]` is line 1. */
    lines?: string[];
    /** Added lines as a set, for the changed-lines filter. */
    added: ReadonlySet<number>;
}
/** The two commits and what changed between them. */
export interface ChangeSet {
    root: string;
    base: string;
    head: string;
    files: ChangedSource[];
}
/** A ref that does not resolve is the user's to fix (a typo, or a shallow clone without base). */
export declare class ReviewRefError extends UserError {
    readonly name: string;
}
/** Reads the change between `base` and `head` in the repository at `root`. */
export declare function readChange(root: string, baseRef: string, headRef: string): Promise<ChangeSet>;
/** A file's text at a commit, or undefined when it is missing, binary or too large to review. */
export declare function readAtCommit(root: string, commit: string, path: string): Promise<string | undefined>;
