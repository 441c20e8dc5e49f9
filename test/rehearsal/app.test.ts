import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import WebSocket from 'ws'
import { DEFAULT_USERS, startExampleApp, type ExampleApp } from '../../src/rehearsal/app/index.js'

const [EMAIL, PASSWORD] = Object.entries(DEFAULT_USERS)[0]!
let app: ExampleApp

beforeAll(async () => {
  app = await startExampleApp({ sha: 'abc123', slowMs: 5000, errorShare: 1 })
})

afterEach(() => app?.setFault(undefined))

afterAll(async () => {
  await app?.close()
})

async function call(method: string, path: string, body?: unknown, token?: string) {
  const headers: Record<string, string> = {}
  if (body !== undefined) headers['content-type'] = 'application/json'
  if (token) headers.authorization = `Bearer ${token}`
  const response = await fetch(`${app.url}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  })
  const text = await response.text()
  return {
    status: response.status,
    headers: response.headers,
    body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
  }
}

/** Opens a socket, sends each frame, and collects one reply per frame. */
async function exchange(frames: string[]): Promise<Record<string, unknown>[]> {
  const socket = new WebSocket(app.wsUrl)
  await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject))
  const replies: Record<string, unknown>[] = []
  const done = new Promise<void>((resolve) =>
    socket.on('message', (data) => {
      replies.push(JSON.parse(data.toString()) as Record<string, unknown>)
      if (replies.length === frames.length) resolve()
    }),
  )
  for (const frame of frames) socket.send(frame)
  await done
  socket.close(1000)
  return replies
}

describe('the example app', () => {
  it('logs in and serves the profile only with the bearer token', async () => {
    const login = await call('POST', '/api/auth/login', { email: EMAIL, password: PASSWORD })
    expect(login.status).toBe(200)
    const token = String(login.body?.token)
    expect((await call('GET', '/api/me', undefined, token)).body).toMatchObject({ email: EMAIL })
    expect((await call('GET', '/api/me')).status).toBe(401)
    expect((await call('GET', '/api/me', undefined, 'forged')).status).toBe(401)
    expect((await call('POST', '/api/auth/login', { email: EMAIL, password: 'wrong' })).status).toBe(401)
    expect((await call('POST', '/api/auth/login', '{not json')).status).toBe(400)
  })

  it('writes, reads back and deletes a trip', async () => {
    const created = await call('POST', '/api/trips', { name: 'smoke test trip' })
    expect(created.status).toBe(201)
    const id = String(created.body?.id)
    expect((await call('GET', `/api/trips/${id}`)).body).toMatchObject({ id, name: 'smoke test trip' })
    expect((await call('DELETE', `/api/trips/${id}`)).status).toBe(204)
    expect((await call('GET', `/api/trips/${id}`)).status).toBe(404)
  })

  it('serves health in the health check format with the release as releaseId', async () => {
    const health = await call('GET', '/api/health')
    expect(health.headers.get('content-type')).toMatch(/^application\/health\+json/)
    expect(health.body).toMatchObject({
      status: 'pass',
      releaseId: 'abc123',
      version: '1.5.0',
      checks: { 'database:connection': [{ status: 'pass', componentType: 'datastore' }] },
    })
  })

  it('under db-down fails health and refuses trip writes and reads', async () => {
    const created = await call('POST', '/api/trips', { name: 'before' })
    app.setFault('db-down')
    expect((await call('POST', '/api/trips', { name: 'x' })).status).toBe(503)
    expect((await call('GET', `/api/trips/${String(created.body?.id)}`)).status).toBe(503)
    const health = await call('GET', '/api/health')
    expect(health.status).toBe(503)
    expect(health.body).toMatchObject({
      status: 'fail',
      checks: { 'database:connection': [{ status: 'fail' }] },
    })
  })

  it('under auth-down refuses logins', async () => {
    app.setFault('auth-down')
    expect((await call('POST', '/api/auth/login', { email: EMAIL, password: PASSWORD })).status).toBe(503)
  })

  it('under wrong-sha reports the previous release in health but runs the new one', async () => {
    app.setSha('def456')
    app.setFault('wrong-sha')
    const health = await call('GET', '/api/health')
    app.setSha('abc123')
    expect(health.body?.releaseId).toBe('abc123')
    expect(health.headers.get('x-release-id')).toBe('def456')
  })

  it('under errors answers 500 and counts them', async () => {
    const before = app.stats()
    app.setFault('errors')
    expect((await call('GET', '/api/health')).status).toBe(500)
    expect((await call('POST', '/api/trips', {})).status).toBe(500)
    expect(app.stats()).toEqual({ requests: before.requests + 2, errors: before.errors + 2 })
  })

  it('answers ping with pong and a message with a chat reply, echoing correlation ids', async () => {
    const replies = await exchange([
      JSON.stringify({ type: 'ping', correlationId: 'p-1' }),
      JSON.stringify({ type: 'message', content: 'plan a trip', correlationId: 'm-1' }),
      'not json',
    ])
    expect(replies[0]).toMatchObject({ type: 'pong', correlationId: 'p-1', releaseId: 'abc123' })
    expect(replies[1]).toMatchObject({ type: 'message', role: 'assistant', correlationId: 'm-1' })
    expect(String(replies[1]?.content)).toContain('plan a trip')
    expect(replies[2]).toMatchObject({ type: 'error' })
  })

  it('refuses upgrades on other paths, and all upgrades under ws-refuse', async () => {
    const statusOf = (url: string) =>
      new Promise<number>((resolve) => {
        const socket = new WebSocket(url)
        socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0))
        socket.on('error', () => undefined)
      })
    expect(await statusOf(app.wsUrl.replace('/api/v1/pam/ws', '/other'))).toBe(404)
    app.setFault('ws-refuse')
    expect(await statusOf(app.wsUrl)).toBe(503)
  })

  it('closes promptly while a slow answer is pending', async () => {
    const slowApp = await startExampleApp({ slowMs: 10_000 })
    slowApp.setFault('slow')
    const pending = fetch(`${slowApp.url}/api/health`).then(
      (r) => r.status,
      () => 'aborted',
    )
    await new Promise((resolve) => setTimeout(resolve, 50))
    const started = Date.now()
    await slowApp.close()
    expect(Date.now() - started).toBeLessThan(1000)
    await pending
  })
})
