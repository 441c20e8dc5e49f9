/**
 * The fetch under the GitHub client: a request that takes longer than its time limit, body
 * included, is aborted, and a body cut short is a failed request rather than a half-read answer.
 * Octokit would otherwise hand a truncated JSON body back as an empty string with status 200.
 */

export const DEFAULT_TIMEOUT_MS = 30_000

/** A request whose answer never arrived whole (a reset, a truncated body, a timeout). */
export class LostAnswerError extends Error {
  override readonly name: string = 'LostAnswerError'
  /** `ETIMEDOUT` for a timeout, so it is told to the user as the network's failure. */
  readonly code?: string
  constructor(message: string, options?: { cause?: unknown; code?: string }) {
    super(message, options)
    this.name = 'LostAnswerError'
    this.code = options?.code
  }
}

/**
 * A `fetch` that reads the whole body before resolving, within `timeoutMs`.
 * @param timeoutMs the limit of one request, headers and body
 * @param base the fetch to wrap (the global one)
 */
export function boundedFetch(timeoutMs: number, base: typeof fetch = fetch): typeof fetch {
  return async (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs)
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    try {
      const res = await base(input, { ...init, signal })
      const body = await res.arrayBuffer()
      const empty = res.status === 204 || res.status === 205 || res.status === 304
      const whole = new Response(empty ? null : body, {
        status: res.status,
        statusText: res.statusText,
        headers: res.headers,
      })
      // Pagination resolves the next page against the answer's URL, which a new Response lacks.
      Object.defineProperty(whole, 'url', { value: res.url })
      return whole
    } catch (error) {
      if (timeout.aborted) {
        throw new LostAnswerError(`no answer within ${Math.round(timeoutMs / 1000)}s from ${url}`, {
          cause: error,
          code: 'ETIMEDOUT',
        })
      }
      throw error
    }
  }
}
