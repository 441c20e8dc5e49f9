/**
 * When to retry an HTTP request and how long to wait: pure functions over plain data, so the
 * policy is unit-tested without a server and the axios wiring in `client.ts` stays thin.
 */

/** Methods that may be repeated without a second effect (RFC 9110, section 9.2.2). */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'])

/**
 * Connection failures worth another attempt. A timeout is not among them: the attempt already
 * waited the whole budget, and a slow upstream tends to stay slow for the next one too.
 */
const TRANSIENT_NETWORK_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ERR_SOCKET_CONNECTION_TIMEOUT',
])

/** The facts about one failed attempt that the decision needs. */
export interface FailedAttempt {
  /** HTTP method, any case. */
  method: string
  /** True when the caller marked a non-idempotent request (a POST) safe to repeat. */
  retryable?: boolean
  /** Response status; undefined when no response arrived. */
  status?: number
  /** Node or axios error code when no response arrived (`ECONNRESET`, `ECONNABORTED`, ...). */
  code?: string
  /** The server's `Retry-After` converted to milliseconds, when it sent one. */
  retryAfterMs?: number
}

/** Limits of the policy. */
export interface RetryLimits {
  /** The longest `Retry-After` the client waits for; a longer one fails at once instead. */
  maxRetryAfterMs: number
}

/**
 * True when the failed attempt may be repeated: a transient network error, a 5xx or a 429, on
 * an idempotent method or a request marked retryable, unless the server asks for a longer
 * wait than the client is willing to spend.
 */
export function shouldRetry(attempt: FailedAttempt, limits: RetryLimits): boolean {
  const repeatable = attempt.retryable === true || IDEMPOTENT_METHODS.has(attempt.method.toUpperCase())
  if (!repeatable) return false
  if (attempt.status === undefined)
    return attempt.code !== undefined && TRANSIENT_NETWORK_CODES.has(attempt.code)
  if (attempt.status !== 429 && (attempt.status < 500 || attempt.status > 599)) return false
  return (attempt.retryAfterMs ?? 0) <= limits.maxRetryAfterMs
}

/**
 * Milliseconds a `Retry-After` header asks for: delay-seconds or an HTTP date (RFC 9110, 10.2.3).
 * @param header the raw header value
 * @param nowMs the current time, passed in so the function stays pure
 * @returns undefined when the header is absent or unreadable; never negative
 */
export function parseRetryAfter(header: unknown, nowMs: number): number | undefined {
  if (typeof header !== 'string' || header.trim() === '') return undefined
  const text = header.trim()
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000)
  const date = Date.parse(text)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, date - nowMs)
}

/**
 * Wait before retry number `retryCount` (1-based): exponential from `baseMs`, capped, with
 * "equal jitter" (half fixed, half random) so clients that failed together do not retry in
 * lockstep, and never shorter than what the server asked for.
 * @param random a number in [0, 1), passed in so tests are deterministic
 */
export function backoffDelayMs(
  retryCount: number,
  options: { baseMs: number; capMs: number; retryAfterMs?: number; random: number },
): number {
  const exponential = Math.min(options.capMs, options.baseMs * 2 ** Math.max(0, retryCount - 1))
  const jittered = exponential / 2 + (exponential / 2) * options.random
  return Math.round(Math.max(jittered, options.retryAfterMs ?? 0))
}
