import { describe, expect, it } from '@jest/globals'
import { serverMessage } from '../../src/http/failure.js'
import { redact, secretsFromHeaders } from '../../src/http/redact.js'
import { backoffDelayMs, parseRetryAfter, shouldRetry } from '../../src/http/retry-policy.js'

const LIMITS = { maxRetryAfterMs: 30_000 }

describe('retry policy', () => {
  it.each([
    ['GET', 502, undefined, true],
    ['GET', 429, undefined, true],
    ['DELETE', 503, undefined, true],
    ['GET', 404, undefined, false],
    ['GET', 400, undefined, false],
    ['POST', 502, undefined, false],
    ['POST', 502, true, true],
    ['PATCH', 500, true, true],
  ] as const)('%s answered %i (retryable: %s) -> retry %s', (method, status, retryable, expected) => {
    expect(shouldRetry({ method, status, retryable }, LIMITS)).toBe(expected)
  })

  it('retries transient network errors but not timeouts', () => {
    expect(shouldRetry({ method: 'get', code: 'ECONNRESET' }, LIMITS)).toBe(true)
    expect(shouldRetry({ method: 'get', code: 'ECONNABORTED' }, LIMITS)).toBe(false)
    expect(shouldRetry({ method: 'post', code: 'ECONNRESET' }, LIMITS)).toBe(false)
  })

  it('refuses to wait longer than the cap a server asks for', () => {
    expect(shouldRetry({ method: 'GET', status: 429, retryAfterMs: 30_000 }, LIMITS)).toBe(true)
    expect(shouldRetry({ method: 'GET', status: 429, retryAfterMs: 30_001 }, LIMITS)).toBe(false)
  })

  it('reads retry-after as seconds or as an HTTP date', () => {
    const now = Date.parse('2026-01-10T17:00:00Z')
    expect(parseRetryAfter('3', now)).toBe(3000)
    expect(parseRetryAfter('Sat, 10 Jan 2026 17:00:20 GMT', now)).toBe(20_000)
    expect(parseRetryAfter('Sat, 10 Jan 2026 16:59:00 GMT', now)).toBe(0)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter(undefined, now)).toBeUndefined()
  })

  it('backs off exponentially with jitter, capped, never below retry-after', () => {
    const at = (n: number, random: number, retryAfterMs?: number) =>
      backoffDelayMs(n, { baseMs: 100, capMs: 1000, random, retryAfterMs })
    expect([at(1, 0), at(2, 0), at(3, 0)]).toEqual([50, 100, 200])
    expect(at(3, 0.999)).toBeLessThanOrEqual(400)
    expect(at(10, 1)).toBe(1000)
    expect(at(1, 0, 2500)).toBe(2500)
  })
})

describe('redaction', () => {
  it('takes the bare token out of an Authorization header and masks it anywhere', () => {
    const secrets = secretsFromHeaders({ Authorization: 'Bearer abc123def456', accept: 'application/json' })
    expect(secrets).toEqual(['Bearer abc123def456', 'abc123def456'])
    expect(redact('token abc123def456 in text', secrets)).toBe('token [REDACTED] in text')
  })

  it('masks token shapes it was not told about', () => {
    expect(redact('Authorization: Bearer xyz.abc-def')).toBe('Authorization: Bearer [REDACTED]')
    expect(redact('https://h/p?a=1&access_token=s3cr3t&b=2')).toBe(
      'https://h/p?a=1&access_token=[REDACTED]&b=2',
    )
    expect(redact('key ghp_abcdefghijklmnop')).toBe('key [REDACTED]')
    expect(redact('https://user:pw123@host/x')).toBe('https://user:[REDACTED]@host/x')
  })
})

describe('serverMessage', () => {
  it("prefers Sentry's detail, then message, and shortens long text", () => {
    expect(serverMessage({ detail: 'nope', message: 'other' })).toBe('nope')
    expect(serverMessage({ message: 'm' })).toBe('m')
    expect(serverMessage('x'.repeat(400))).toHaveLength(303)
    expect(serverMessage('')).toBeUndefined()
  })
})
