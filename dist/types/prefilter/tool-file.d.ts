import { ConfigurationError, type SourcePosition } from '../errors.js';
import { type ToolProblem } from './formats.js';
import type { Tool } from './types.js';
/** A problem in a tool file, at an array index and, when known, a line and column. */
export interface ToolFileProblem extends ToolProblem {
    position: SourcePosition;
}
/** Thrown for a tool file that cannot be used; lists every problem, the first as its position. */
export declare class ToolFileError extends ConfigurationError {
    readonly name: string;
    readonly problems: ToolFileProblem[];
    constructor(problems: ToolFileProblem[]);
}
/**
 * Parses the text of a tool file.
 * @param text the file's content
 * @param file the name used in messages
 * @throws ToolFileError for bad JSON, malformed definitions or duplicate names, each with its position
 */
export declare function parseToolFile(text: string, file: string): Tool[];
