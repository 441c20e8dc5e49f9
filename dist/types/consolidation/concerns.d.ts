import type { ConcernConfig } from '../config/sections/consolidation.js';
import { type CompiledSignature } from './signatures.js';
/** Tests a root-relative path against paths or globs. */
export type PathMatcher = (file: string) => boolean;
/** A required-import rule: every file matching `files` imports one module matching `targets`. */
export interface RequiredImport {
    files: PathMatcher;
    targets: PathMatcher;
    /** The configured targets, for messages and the baseline symbol. */
    spec: string[];
}
/** A concern with its matchers compiled. */
export interface Concern {
    name: string;
    canonical: string[];
    deprecated: string[];
    isCanonical: PathMatcher;
    isDeprecated: PathMatcher;
    signatures: CompiledSignature[];
    required: RequiredImport[];
    duplicates: boolean;
    duplicateMinTokens: number;
}
/** Matches exact paths (with `./` or `\` tolerated) and globs. */
export declare function pathMatcher(patterns: string[]): PathMatcher;
/** A config path as the graph spells paths: forward slashes, no leading `./`. */
export declare function normalisePath(p: string): string;
/** Compiles a concern of the config. */
export declare function compileConcern(config: ConcernConfig): Concern;
/**
 * Fails with a {@link ConfigurationError} naming the concern when a canonical path does not exist
 * (or a canonical glob matches nothing), or when two concerns share a name.
 * @param exists tells whether a root-relative file exists (the caller does the I/O).
 */
export declare function assertConcernsValid(concerns: Concern[], files: string[], exists: (file: string) => boolean): void;
