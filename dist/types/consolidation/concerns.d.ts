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
    /**
     * Where signatures, required imports and duplicates apply: the concern's include minus its
     * exclude. `new WebSocket(` belongs to the chat concern, not to speech-to-text or test scripts.
     */
    inScope: PathMatcher;
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
/** A canonical path (or a glob matching nothing) that does not exist under the root. */
export interface MissingCanonical {
    concern: string;
    /** Index of the concern in the config, for the dotted key of messages. */
    index: number;
    canonical: string;
}
/**
 * Fails with a {@link ConfigurationError} when two concerns share a name: the baseline and the
 * report key everything by concern name, so the config cannot be read at all.
 */
export declare function assertUniqueNames(concerns: Array<{
    name: string;
}>): void;
/**
 * The canonical paths that do not exist (and canonical globs that match nothing), per concern.
 * @param files the files the canonical globs are matched against
 * @param exists tells whether a root-relative file exists (the caller does the I/O)
 */
export declare function missingCanonicals(concerns: Array<{
    name: string;
    canonical: string[];
}>, files: string[], exists: (file: string) => boolean): MissingCanonical[];
/** The message for a missing canonical file, in the report and in `config`. */
export declare function missingCanonicalMessage(missing: MissingCanonical): string;
