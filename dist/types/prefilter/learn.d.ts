/**
 * `prefilter learn`: what the app's real traffic teaches the prefilter. From logged turns (the
 * message, its context and the tools the model actually called) it learns the words users say
 * for each tool (aliases) and what is called after what (companions), as an association file the
 * prefilter loads: committed like a lockfile, so every change is reviewed in a pull request.
 */
import { ConfigurationError } from '../errors.js';
import type { PrefilterContext } from './types.js';
/** One logged turn. */
export interface LoggedTurn {
    line: number;
    message: string;
    context: PrefilterContext;
    calledTools: string[];
}
/** The association file: sorted, so a re-run on the same log writes the same bytes. */
export interface Associations {
    version: 1;
    turns: number;
    /** tool -> words users said when the model called it, beyond chance. */
    aliases: Record<string, string[]>;
    /** tool -> tools called right after it (same turn, or the next turn after a recent tool). */
    companions: Record<string, string[]>;
}
/** How much evidence a learned association needs. */
export interface LearnOptions {
    /** A word or a sequence must be seen at least this often. */
    minCount: number;
    /** Share of a word's turns that called the tool (a word said with every tool says nothing). */
    minShare: number;
    /** At most this many words per tool. */
    maxAliases: number;
}
export declare const DEFAULT_LEARN: LearnOptions;
/** Thrown for a log line that cannot be read; names the file and line. */
export declare class LogFileError extends ConfigurationError {
    readonly name: string;
}
/**
 * Parses a JSON Lines log of `{message, context?, calledTools}`.
 * @throws LogFileError at the first bad line
 */
export declare function parseLog(text: string, file: string): LoggedTurn[];
/** Learns aliases and companions from logged turns. */
export declare function learnAssociations(turns: readonly LoggedTurn[], options?: LearnOptions): Associations;
/** Reads an association file's text. */
export declare function parseAssociations(text: string, file: string): Associations;
/**
 * Benchmark cases from logged turns: redacted, with only the page and recent tools of the context,
 * once per distinct message and tool set. Turns that called no tool of the catalogue are skipped.
 * @param catalogue the tool names cases may expect (a case for a removed tool can never pass)
 */
export declare function casesFromLog(turns: readonly LoggedTurn[], redact: (text: string) => string, catalogue: ReadonlySet<string>): string[];
