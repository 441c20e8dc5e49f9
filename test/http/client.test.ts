import { inspect } from 'node:util'
import { afterEach, describe, expect, it } from '@jest/globals'
import { AxiosError } from 'axios'
import { ApiError, LaunchgateError } from '../../src/errors.js'
import { createHttpClient, httpCall, httpResponse } from '../../src/http/client.js'
import { closedPort, startScriptedServer, type ScriptedServer, type Step } from './scripted-server.js'

const TOKEN = 'sntrys_eyJpYXQiOjE3MDAwMDAwMDB9_secretpart123'

let server: ScriptedServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
})

function recorder() {
  const lines: string[] = []
  return { lines, log: { warning: (m: string) => lines.push(m) } }
}

async function clientFor(steps: Step[], options: { retries?: number; timeoutMs?: number } = {}) {
  server = await startScriptedServer(steps)
  const { lines, log } = recorder()
  const http = createHttpClient({
    service: 'Example',
    baseURL: server.url,
    headers: { authorization: `Bearer ${TOKEN}` },
    retries: options.retries ?? 3,
    retryBaseMs: 10,
    timeoutMs: options.timeoutMs ?? 2000,
    log,
  })
  return { http, lines, server }
}

async function failureOf(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError)
    return error as ApiError
  }
  throw new Error('expected the call to fail')
}

describe('createHttpClient and httpCall', () => {
  it('retries a GET answered 502 twice and returns the body of the 200', async () => {
    const { http, lines, server } = await clientFor([
      { status: 502, body: { detail: 'bad gateway' } },
      { status: 502 },
      { status: 200, body: { ok: 1 } },
    ])
    await expect(httpCall('Example', 'read', () => http.get<{ ok: number }>('/thing'))).resolves.toEqual({
      ok: 1,
    })
    expect(server.received).toHaveLength(3)
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^Example: GET http:\/\/127\.0\.0\.1:\d+\/thing answered 502; retry 1 of 3$/)
  })

  it('waits as long as a 429 retry-after asks before retrying', async () => {
    const { http, server } = await clientFor([
      { status: 429, headers: { 'retry-after': '1' } },
      { status: 200, body: [] },
    ])
    await httpCall('Example', 'list', () => http.get('/list'))
    const [first, second] = server.received
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(950)
  })

  it('gives up at once when retry-after asks for more than the cap, and says how long', async () => {
    const { http, server } = await clientFor([{ status: 429, headers: { 'retry-after': '120' } }])
    const error = await failureOf(httpCall('Example', 'list', () => http.get('/list')))
    expect(server.received).toHaveLength(1)
    expect(error.status).toBe(429)
    expect(error.message).toContain('it asks to wait 120 s')
  })

  it('does not repeat a POST unless it is marked retryable', async () => {
    const { http, server } = await clientFor([{ status: 503 }, { status: 201, body: { id: 1 } }])
    const error = await failureOf(httpCall('Example', 'create', () => http.post('/things', { a: 1 })))
    expect(error.status).toBe(503)
    expect(server.received).toHaveLength(1)
    await expect(
      httpCall('Example', 'create', () => http.post('/things', { a: 1 }, { retryable: true })),
    ).resolves.toEqual({ id: 1 })
  })

  it('turns a timeout into an ApiError without a status', async () => {
    const { http } = await clientFor([{ status: 200, body: {}, delayMs: 1500 }], { timeoutMs: 200 })
    const error = await failureOf(httpCall('Example', 'slow read', () => http.get('/slow')))
    expect(error.status).toBeUndefined()
    expect(error.message).toBe(
      'Example slow read failed: no answer within 200 ms; the service is slow or unreachable',
    )
    expect(error.isUserError).toBe(false)
  })

  it('retries a refused connection, then names the failure', async () => {
    const port = await closedPort()
    const { lines, log } = recorder()
    const http = createHttpClient({
      service: 'Example',
      baseURL: `http://127.0.0.1:${port}`,
      retries: 2,
      retryBaseMs: 5,
      log,
    })
    const error = await failureOf(httpCall('Example', 'ping', () => http.get('/')))
    expect(lines).toHaveLength(2)
    expect(error.message).toContain('connection refused; check the URL and that the service is up')
  })

  it("reports a 401 as the user's to fix, with what the server said", async () => {
    const { http } = await clientFor([{ status: 401, body: { detail: 'Invalid token' } }])
    const error = await failureOf(httpCall('Example', 'read', () => http.get('/x')))
    expect(error.isUserError).toBe(true)
    expect(error.message).toContain('the server said "Invalid token"')
    expect(error.message).toContain('check the secret')
  })

  it('keeps the token out of messages, log lines and the inspected error', async () => {
    const echo = { detail: `token Bearer ${TOKEN} is not allowed, raw ${TOKEN}` }
    const { http, lines } = await clientFor([{ status: 500, body: echo }], { retries: 1 })
    const error = await failureOf(
      httpCall('Example', `read with ${TOKEN}`, () => http.get(`/x?token=${TOKEN}`)),
    )
    const everything = [error.message, inspect(error, { depth: 8 }), JSON.stringify(error), ...lines].join(
      '\n',
    )
    expect(lines).toHaveLength(1)
    expect(error.message).toContain('[REDACTED]')
    expect(everything).not.toContain(TOKEN)
    expect(everything).not.toContain('secretpart123')
  })

  it('redacts a key with no known shape that the server echoes in its error body', async () => {
    server = await startScriptedServer([{ status: 400, body: { error: 'bad key k3y-plain-0042-value' } }])
    const http = createHttpClient({
      service: 'Example',
      baseURL: server.url,
      headers: { authorization: 'Bearer k3y-plain-0042-value' },
      retries: 0,
      timeoutMs: 2000,
    })
    const error = await failureOf(httpCall('Example', 'embed', () => http.post('/v1/embeddings', {})))
    expect(error.message).toContain('[REDACTED]')
    expect(error.message).not.toContain('k3y-plain-0042-value')
  })

  it('scrubs credentials from an AxiosError that escapes without httpCall', async () => {
    const { http } = await clientFor([{ status: 404 }], { retries: 0 })
    const error = await http.get('/missing').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AxiosError)
    expect(inspect(error, { depth: 8 })).not.toContain('secretpart123')
  })

  it('returns status and headers through httpResponse and passes our own errors through', async () => {
    const { http } = await clientFor([{ status: 208, headers: { 'x-note': 'seen' } }])
    const response = await httpResponse('Example', 'create', () => http.get('/r'))
    expect(response.status).toBe(208)
    expect(response.headers['x-note']).toBe('seen')
    const own = new ApiError('Other', 'x', 418, 'teapot')
    await expect(httpCall('Example', 'y', () => Promise.reject(own))).rejects.toBe(own)
    expect(own).toBeInstanceOf(LaunchgateError)
  })
})
