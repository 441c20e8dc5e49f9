/** 4 MiB: far above any real config, tool registry or replay window, far below trouble. */
export declare const DEFAULT_MAX_BYTES: number;
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
 * Resolves a path from the config against the root, refusing one that leaves it (`../../etc/passwd`,
 * an absolute path elsewhere) unless the caller allows it.
 * @throws ConfigurationError naming the key
 */
export declare function confinedPath(root: string, relative: string, key: string, allowOutside?: boolean): string;
