/**
 * Turns a failed HTTP exchange into one sentence a person can act on: what the server said
 * (its `detail`, `message` or `error` field, shortened) and what to check next.
 */

/** What is known about a failure once retries are exhausted. */
export interface FailureFacts {
  status?: number
  /** Node or axios error code when no response arrived. */
  code?: string
  /** Response body as parsed by axios (object, string or undefined). */
  body?: unknown
  /** The per-attempt budget, for timeouts. */
  timeoutMs?: number
  retryAfterMs?: number
  /** The transport's own message, used when nothing better is known. */
  fallback: string
}

const MAX_BODY_CHARS = 300

const HINTS: Record<number, string> = {
  400: 'the request was rejected as invalid; check the parameters sent',
  401: 'the token is missing, wrong or expired; check the secret that holds it',
  403: 'the token lacks a permission or scope this request needs',
  404: 'not found; check the organization, project, id or base URL (and the region of the account)',
  409: 'it conflicts with the current state; look at it and try again',
  422: 'the input was refused; check the values sent',
}

/** A message for the failure, without credentials (the caller redacts known values). */
export function describeFailure(facts: FailureFacts): string {
  if (facts.status === undefined) return describeNetworkFailure(facts)
  const said = serverMessage(facts.body)
  const parts = [said ? `the server said "${said}"` : `no explanation in the response`]
  if (facts.status === 429) {
    const wait =
      facts.retryAfterMs !== undefined ? ` (it asks to wait ${Math.ceil(facts.retryAfterMs / 1000)} s)` : ''
    parts.push(`rate limited${wait}; try again later or lower the polling frequency`)
  } else if (facts.status >= 500) {
    parts.push('the service failed on its side even after retries; try again later')
  } else if (HINTS[facts.status]) {
    parts.push(HINTS[facts.status]!)
  }
  return parts.join('; ')
}

function describeNetworkFailure(facts: FailureFacts): string {
  switch (facts.code) {
    case 'ECONNABORTED':
    case 'ETIMEDOUT':
      return `no answer within ${facts.timeoutMs ?? '?'} ms; the service is slow or unreachable`
    case 'ECONNREFUSED':
      return 'connection refused; check the URL and that the service is up'
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'the host name does not resolve; check the URL'
    case 'ECONNRESET':
      return 'the connection was reset before an answer arrived'
    default:
      return `${facts.fallback}${facts.code ? ` (${facts.code})` : ''}`
  }
}

/** The human part of an error body: Sentry's `detail`, most APIs' `message` or `error`, or text. */
export function serverMessage(body: unknown): string | undefined {
  if (body === undefined || body === null || body === '') return undefined
  if (typeof body === 'string') return shorten(body)
  if (typeof body !== 'object') return shorten(String(body))
  const record = body as Record<string, unknown>
  for (const key of ['detail', 'message', 'error_description', 'error']) {
    const value = record[key]
    if (typeof value === 'string' && value.trim() !== '') return shorten(value)
  }
  return shorten(JSON.stringify(body))
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim()
  return oneLine.length > MAX_BODY_CHARS ? `${oneLine.slice(0, MAX_BODY_CHARS)}...` : oneLine
}
