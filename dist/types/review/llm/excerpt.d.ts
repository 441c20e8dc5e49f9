import type { ChangeSet, ChangedSource } from '../change.js';
/** Lines of context around each run of added lines. */
export declare const CONTEXT_LINES = 3;
/** Tokens of `text`; special-token strings in untrusted code are counted as text, never refused. */
export declare function tokensOf(text: string): number;
/** A numbered excerpt of one file (or a part of it, when the file was split). */
export interface FileExcerpt {
    path: string;
    /** `  12+| const x = 1` lines. */
    text: string;
    tokens: number;
}
/** The files one request reviews. */
export interface Chunk {
    excerpts: FileExcerpt[];
    tokens: number;
}
/** Ranges `[from, to]` of lines to show: added lines with context, overlapping ranges merged. */
export declare function hunkRanges(added: readonly number[], lineCount: number): Array<[number, number]>;
/** The hunks of one file as numbered lines, hidden content stripped (line numbers unchanged). */
export declare function fileHunks(file: ChangedSource): string[][];
/** One file's excerpts: whole when it fits the budget, else hunk by hunk, a huge hunk line by line. */
export declare function fileExcerpts(file: ChangedSource, budget: number): FileExcerpt[];
/**
 * Packs the change's excerpts into chunks of at most `budget` tokens, first fit in file order, so a
 * small change is one request and a large one several.
 */
export declare function chunkChange(change: ChangeSet, budget: number): Chunk[];
