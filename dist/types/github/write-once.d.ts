import type { ClientLogger } from './client.js';
/** How a client retries writes; set by `createGitHubClient`. */
export interface WritePolicy {
    /** Further attempts after the first. */
    retries: number;
    /** Milliseconds per second of backoff (1000 in production, 1 in tests). */
    baseMs: number;
    log?: ClientLogger;
}
export declare const DEFAULT_WRITE_POLICY: WritePolicy;
/** A write and how to tell that an earlier attempt of it was done. */
export interface OnceWrite<T> {
    /** `POST /repos/o/r/issues`, for the log. */
    name: string;
    attempt: () => Promise<T>;
    /**
     * Reads whether the write happened; its result, or undefined when it did not. Absent for a write
     * whose repetition is harmless (a PATCH, adding a label, creating a label that may exist).
     */
    lookup?: () => Promise<T | undefined>;
}
/** The HTTP status of a failed call; undefined when no answer came (reset, DNS, timeout). */
export declare function failureStatus(error: unknown): number | undefined;
/** True when a failed write may have been done anyway: no answer, or a 5xx. */
export declare function mayHaveHappened(error: unknown): boolean;
/**
 * Seconds to wait before sending again a write GitHub refused without doing it (429, or a 403
 * secondary rate limit); undefined for any other failure.
 */
export declare function refusedRetryAfter(error: unknown): number | undefined;
/**
 * Sends a write at most until it is known done: see the module comment.
 * @returns the write's result, or the lookup's when an earlier attempt turned out done
 * @throws the last failure when the retries are spent, or at once when GitHub refused for good
 */
export declare function writeOnce<T>(write: OnceWrite<T>, policy: WritePolicy): Promise<T>;
