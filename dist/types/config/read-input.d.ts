/** 4 MiB: far above any real config, tool registry or replay window, far below trouble. */
export declare const DEFAULT_MAX_BYTES: number;
/**
 * 64 MiB: machine-written reports (lcov of a large monorepo, review artifacts, SARIF) grow with
 * the code base, far past a hand-written file; past this they are not a report but a mistake.
 */
export declare const REPORT_MAX_BYTES: number;
/** Options of {@link readInputFile}. */
export interface ReadInputOptions {
    /** The name in messages (relative to the root, as the user wrote it). */
    display?: string;
    maxBytes?: number;
    /** What the file is, for messages: `config file`, `replay file`. */
    what?: string;
}
/**
 * Reads a regular file as UTF-8 within a size cap.
 * @throws ConfigurationError naming the file for a missing, special, unreadable or oversized file
 */
export declare function readInputFile(absolute: string, options?: ReadInputOptions): Promise<string>;
/**
 * Like {@link readInputFile}, for a file that may be absent (a baseline not written yet, a
 * coverage report a job did not produce): undefined when nothing is at the path, and every other
 * problem (a FIFO, a device, a directory, over the cap) refused the same way.
 */
export declare function readOptionalInputFile(absolute: string, options?: ReadInputOptions): Promise<string | undefined>;
/**
 * Resolves a path from the config against the root, refusing one that leaves it (`../../etc/passwd`,
 * an absolute path elsewhere) unless the caller allows it.
 * @throws ConfigurationError naming the key
 */
export declare function confinedPath(root: string, relative: string, key: string, allowOutside?: boolean): string;
