import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'
import type { AddressInfo } from 'node:net'
import { WebSocketServer } from 'ws'
import { probeHealth, probeMany, probeWebSocket } from '../../src/probes/index.js'
import { startExampleApp, type ExampleApp } from '../../src/rehearsal/app/index.js'
import { closedPort } from '../http/scripted-server.js'

const SHA = 'feedfacefeedfacefeedfacefeedfacefeedface'
const SLOW_MS = 300
let app: ExampleApp
let health: string

beforeAll(async () => {
  app = await startExampleApp({ sha: SHA, slowMs: SLOW_MS, errorShare: 0.4 })
  health = `${app.url}/api/health`
})

afterEach(() => app?.setFault(undefined))

afterAll(async () => {
  await app?.close()
})

describe('probeHealth against the example app', () => {
  it('reads status, release, version and checks of a healthy app', async () => {
    const probe = await probeHealth(health, { timeoutMs: 1000 })
    expect(probe).toMatchObject({ ok: true, status: 200, releaseId: SHA, version: '1.5.0' })
    expect(probe.checks).toMatchObject({ 'database:connection': 'pass', 'auth:login': 'pass' })
    expect(probe.error).toBeUndefined()
    expect(Date.parse(probe.at)).not.toBeNaN()
  })

  it('measures the latency of a slow app, and times out below it', async () => {
    app.setFault('slow')
    const slow = await probeHealth(health, { timeoutMs: 2000 })
    expect(slow.ok).toBe(true)
    expect(slow.latencyMs).toBeGreaterThanOrEqual(SLOW_MS - 5)
    const cut = await probeHealth(health, { timeoutMs: 100 })
    expect(cut).toMatchObject({ ok: false, error: 'no answer within 100 ms', checks: {} })
    expect(cut.latencyMs).toBeLessThan(SLOW_MS)
  })

  it('fails on the database check when the database is down', async () => {
    app.setFault('db-down')
    const probe = await probeHealth(health, { timeoutMs: 1000 })
    expect(probe).toMatchObject({ ok: false, status: 503, releaseId: SHA })
    expect(probe.checks['database:connection']).toBe('fail')
    expect(probe.error).toBe('HTTP 503; status fail; failing checks: database:connection')
  })

  it('fails on the auth check when authentication is down', async () => {
    app.setFault('auth-down')
    const probe = await probeHealth(health, { timeoutMs: 1000 })
    expect(probe.checks).toMatchObject({ 'auth:login': 'fail', 'database:connection': 'pass' })
    expect(probe.ok).toBe(false)
  })

  it('reports the previous release under wrong-sha, still ok', async () => {
    app.setSha('1111111111111111111111111111111111111111')
    app.setFault('wrong-sha')
    const probe = await probeHealth(health, { timeoutMs: 1000 })
    app.setSha(SHA)
    expect(probe).toMatchObject({ ok: true, releaseId: SHA })
  })

  it('sees the injected share of 500s over several probes, in start order', async () => {
    app.setFault('errors')
    const probes = await probeMany(5, () => probeHealth(health, { timeoutMs: 1000 }), { spacingMs: 30 })
    // errorShare 0.4, spread evenly: the 3rd and 5th requests fail.
    expect(probes.map((p) => p.status)).toEqual([200, 200, 500, 200, 500])
    const starts = probes.map((p) => Date.parse(p.at))
    expect(starts[4]! - starts[0]!).toBeGreaterThanOrEqual(110)
  })

  it('is not ok, and does not throw, for an unreachable port; headers stay out of the result', async () => {
    const port = await closedPort()
    const probe = await probeHealth(`http://127.0.0.1:${port}/api/health`, {
      timeoutMs: 1000,
      headers: { 'x-api-key': 'super-secret-key-123' },
    })
    expect(probe).toMatchObject({ ok: false, error: 'unreachable (ECONNREFUSED)', checks: {} })
    expect(JSON.stringify(probe)).not.toContain('super-secret-key-123')
  })
})

describe('probeWebSocket', () => {
  it('connects, gets the pong carrying its correlation id, and closes cleanly', async () => {
    const probe = await probeWebSocket(app.wsUrl, { timeoutMs: 1000, message: { type: 'ping' } })
    expect(probe).toMatchObject({ ok: true, connectMs: expect.any(Number), replyMs: expect.any(Number) })
    expect(probe.error).toBeUndefined()
  })

  it('connects and closes without a message when no reply is expected', async () => {
    const probe = await probeWebSocket(app.wsUrl, { timeoutMs: 1000 })
    expect(probe.ok).toBe(true)
    expect(probe.replyMs).toBeUndefined()
  })

  it('reports a refused upgrade', async () => {
    app.setFault('ws-refuse')
    const probe = await probeWebSocket(app.wsUrl, { timeoutMs: 1000, message: { type: 'ping' } })
    expect(probe).toEqual({ at: expect.any(String), ok: false, error: 'upgrade refused: HTTP 503' })
  })

  it('reports an unreachable port', async () => {
    const port = await closedPort()
    const probe = await probeWebSocket(`ws://127.0.0.1:${port}/api/v1/pam/ws?token=secret-token-456`, {
      timeoutMs: 1000,
    })
    expect(probe).toMatchObject({ ok: false, error: 'connection failed: ECONNREFUSED' })
  })

  describe('against a server that answers other correlation ids', () => {
    let wss: WebSocketServer
    let url: string
    const seen: unknown[] = []

    beforeAll(async () => {
      wss = new WebSocketServer({ port: 0, host: '127.0.0.1' })
      await new Promise((resolve) => wss.once('listening', resolve))
      url = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}`
      wss.on('connection', (socket) =>
        socket.on('message', (data) => {
          const message = JSON.parse(data.toString()) as { correlationId: string; mode: string }
          seen.push(message)
          socket.send(JSON.stringify({ type: 'pong', correlationId: 'someone-else' }))
          if (message.mode === 'answer')
            socket.send(JSON.stringify({ type: 'pong', correlationId: message.correlationId }))
        }),
      )
    })

    afterAll(async () => {
      for (const client of wss.clients) client.terminate()
      await new Promise((resolve) => wss.close(resolve))
    })

    it('waits for the reply with its own id and sends a fresh id each time', async () => {
      const first = await probeWebSocket(url, { timeoutMs: 1000, message: { type: 'ping', mode: 'answer' } })
      const second = await probeWebSocket(url, { timeoutMs: 1000, message: { type: 'ping', mode: 'answer' } })
      expect([first.ok, second.ok]).toEqual([true, true])
      const ids = seen.map((m) => (m as { correlationId: string }).correlationId)
      expect(new Set(ids).size).toBe(2)
      expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/)
    })

    it('times out when only other ids come back', async () => {
      const probe = await probeWebSocket(url, { timeoutMs: 200, message: { type: 'ping', mode: 'silent' } })
      expect(probe).toMatchObject({ ok: false, error: 'timed out after 200 ms while waiting for the reply' })
      expect(probe.connectMs).toEqual(expect.any(Number))
    })
  })
})
