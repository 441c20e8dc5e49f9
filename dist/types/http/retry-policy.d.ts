/**
 * When to retry an HTTP request and how long to wait: pure functions over plain data, so the
 * policy is unit-tested without a server and the axios wiring in `client.ts` stays thin.
 */
/** The facts about one failed attempt that the decision needs. */
export interface FailedAttempt {
    /** HTTP method, any case. */
    method: string;
    /** True when the caller marked a non-idempotent request (a POST) safe to repeat. */
    retryable?: boolean;
    /** Response status; undefined when no response arrived. */
    status?: number;
    /** Node or axios error code when no response arrived (`ECONNRESET`, `ECONNABORTED`, ...). */
    code?: string;
    /** The server's `Retry-After` converted to milliseconds, when it sent one. */
    retryAfterMs?: number;
}
/** Limits of the policy. */
export interface RetryLimits {
    /** The longest `Retry-After` the client waits for; a longer one fails at once instead. */
    maxRetryAfterMs: number;
}
/**
 * True when the failed attempt may be repeated: a transient network error, a 5xx or a 429, on
 * an idempotent method or a request marked retryable, unless the server asks for a longer
 * wait than the client is willing to spend.
 */
export declare function shouldRetry(attempt: FailedAttempt, limits: RetryLimits): boolean;
/**
 * Milliseconds a `Retry-After` header asks for: delay-seconds or an HTTP date (RFC 9110, 10.2.3).
 * @param header the raw header value
 * @param nowMs the current time, passed in so the function stays pure
 * @returns undefined when the header is absent or unreadable; never negative
 */
export declare function parseRetryAfter(header: unknown, nowMs: number): number | undefined;
/**
 * Wait before retry number `retryCount` (1-based): exponential from `baseMs`, capped, with
 * "equal jitter" (half fixed, half random) so clients that failed together do not retry in
 * lockstep, and never shorter than what the server asked for.
 * @param random a number in [0, 1), passed in so tests are deterministic
 */
export declare function backoffDelayMs(retryCount: number, options: {
    baseMs: number;
    capMs: number;
    retryAfterMs?: number;
    random: number;
}): number;
