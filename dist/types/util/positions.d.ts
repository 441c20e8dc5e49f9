/**
 * Positions in text as editors show them (1-based lines and columns, UTF-16 offsets as JavaScript
 * strings count them), and how launchgate writes one: `file:line:column`. One place, so every
 * error and finding points the same way.
 */
import type { SourcePosition } from '../errors.js';
/** 1-based line of an offset in `text`. */
export declare function lineAt(text: string, offset: number): number;
/** 1-based line and column of an offset in `text`; an offset past the end counts from the last line. */
export declare function lineColumn(text: string, offset: number): {
    line: number;
    column: number;
};
/** `file:line:column`, leaving out what is not known. */
export declare function formatPosition(position: SourcePosition): string;
