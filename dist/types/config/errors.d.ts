/**
 * Turns YAML syntax errors and schema issues into messages that name the file, line, column, key
 * and what was expected. Pure: works on the parsed document and the issue list.
 */
import type { z } from 'zod';
import { type Document, type LineCounter } from 'yaml';
import type { SourcePosition } from '../errors.js';
export interface ConfigProblem {
    position: SourcePosition;
    key: string;
    message: string;
}
type Path = ReadonlyArray<PropertyKey>;
/** Dotted key for messages: `consolidation.concerns[0].name`. */
export declare function keyPath(path: Path): string;
/** Describes one schema issue in the user's words, with the allowed keys for an unknown key. */
export declare function describeIssue(issue: z.core.$ZodIssue, allowedKeys: (path: Path) => string[]): string;
/**
 * Where in the file an issue points: the offending key for an unknown key, the value otherwise,
 * or the nearest existing parent when the key is missing.
 */
export declare function issueOffset(doc: Document, issue: z.core.$ZodIssue): number;
/** 1-based line and column of an offset. */
export declare function positionOf(file: string, lineCounter: LineCounter, offset: number): SourcePosition;
/** Keys a JSON Schema allows at a path (follows properties, items and anyOf/oneOf). */
export declare function allowedKeysAt(schema: Record<string, unknown>, path: Path): string[];
export {};
