/**
 * The benchmark's labelled cases: JSON Lines, one `{"message", "context"?, "expected"}` a line.
 * Every problem names its line; an expected tool missing from the catalogue is an error, since a
 * case that can never pass would silently lower completeness.
 */
import { ConfigurationError } from '../errors.js';
import type { PrefilterContext } from './types.js';
/** One labelled message and the line it came from. */
export interface PrefilterCase {
    line: number;
    message: string;
    context: PrefilterContext;
    expected: string[];
}
/** A problem at one line of the cases file. */
export interface CaseProblem {
    line: number;
    message: string;
}
/** Thrown for a cases file that cannot be used; lists every problem with its line. */
export declare class CasesFileError extends ConfigurationError {
    readonly name: string;
    readonly problems: CaseProblem[];
    constructor(file: string, problems: CaseProblem[]);
}
/**
 * Parses a cases file against the catalogue's tool names.
 * @throws CasesFileError naming the line of every bad case
 */
export declare function parseCases(text: string, file: string, catalogue: ReadonlySet<string>): PrefilterCase[];
