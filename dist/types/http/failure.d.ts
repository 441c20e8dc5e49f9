/**
 * Turns a failed HTTP exchange into one sentence a person can act on: what the server said
 * (its `detail`, `message` or `error` field, shortened) and what to check next.
 */
/** What is known about a failure once retries are exhausted. */
export interface FailureFacts {
    status?: number;
    /** Node or axios error code when no response arrived. */
    code?: string;
    /** Response body as parsed by axios (object, string or undefined). */
    body?: unknown;
    /** The per-attempt budget, for timeouts. */
    timeoutMs?: number;
    retryAfterMs?: number;
    /** The transport's own message, used when nothing better is known. */
    fallback: string;
}
/** A message for the failure, without credentials (the caller redacts known values). */
export declare function describeFailure(facts: FailureFacts): string;
/** The human part of an error body: Sentry's `detail`, most APIs' `message` or `error`, or text. */
export declare function serverMessage(body: unknown): string | undefined;
