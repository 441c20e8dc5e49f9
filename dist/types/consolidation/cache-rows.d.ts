/**
 * How a parse is written in the cache file: each import as a row `[specifier, kind, names, line,
 * column, exported?, level?]` rather than an object repeating its keys. On monaco-editor the
 * imports are most of the file, and the file is read back whole on every run: half the bytes is
 * half the JSON.parse of a re-run.
 */
import type { ImportKind, ParsedSource } from './types.js';
/** An import as stored. */
export type ImportRow = [string, ImportKind, string[], number, number, (string[] | null)?, number?];
/** A cached parse as stored: its imports as rows, the rest as is. */
export type StoredSource<T extends Pick<ParsedSource, 'imports'>> = Omit<T, 'imports'> & {
    imports: ImportRow[];
};
export declare function encodeSource<T extends Pick<ParsedSource, 'imports'>>(source: T): StoredSource<T>;
export declare function decodeSource<T extends Pick<ParsedSource, 'imports'>>(stored: StoredSource<T>): T;
