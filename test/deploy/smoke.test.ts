/** The smoke tests against the real example app on loopback, with its faults switched on. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { deploySchema } from '../../src/config/sections/deploy.js'
import { runSmokeTests } from '../../src/deploy/smoke/run.js'
import { latencyVerdict } from '../../src/deploy/smoke/verdict.js'
import { startExampleApp, type ExampleApp } from '../../src/rehearsal/app/index.js'
import { SECRETS, SMOKE_TESTS } from './support/world.js'

const SMOKE_CONFIG = { login: {}, tests: SMOKE_TESTS }
const SMOKE_SECRETS = {
  SMOKE_TEST_EMAIL: SECRETS.SMOKE_TEST_EMAIL,
  SMOKE_TEST_PASSWORD: SECRETS.SMOKE_TEST_PASSWORD,
}

let app: ExampleApp
beforeAll(async () => {
  app = await startExampleApp({ sha: 'd'.repeat(40), slowMs: 300 })
})
afterAll(() => app?.close())

const run = async (env: Record<string, string> = SMOKE_SECRETS, over: Record<string, unknown> = {}) => {
  const lines: string[] = []
  const config = deploySchema.parse({ smoke: { ...SMOKE_CONFIG, ...over } })
  const results = await runSmokeTests(config.smoke, { baseUrl: app.url, env, log: (l) => lines.push(l) })
  return { results, lines, latency: latencyVerdict(results, config['p95-budget-ms']) }
}

describe('smoke tests against the example app', () => {
  it('pass: health, login then an authenticated call, the WebSocket echo, a write read back and cleaned up', async () => {
    const { results, lines, latency } = await run()
    expect(results.map((r) => [r.name, r.ok])).toEqual([
      ['health', true],
      ['login and profile', true],
      ['PAM websocket', true],
      ['trip write', true],
    ])
    expect(results[2]!.detail).toMatch(/reply with the correlation id in \d+ ms, closed cleanly/)
    expect(results[3]!.detail).toMatch(/^wrote \/api\/trips\/[^,]+, read it back, deleted it and saw 404$/)
    // health 1 + login and /api/me 2 + write, read, delete, read 4 = 7 timed HTTP requests.
    expect(latency.samples).toBe(7)
    expect(latency.ok).toBe(true)
    expect(lines).toHaveLength(4)
  })

  it('fail each on its own fault, with the reason', async () => {
    app.setFault('ws-refuse')
    const ws = await run()
    app.setFault('db-down')
    const db = await run()
    app.setFault('auth-down')
    const auth = await run()
    app.setFault(undefined)
    expect(ws.results.find((r) => r.kind === 'websocket')!.detail).toBe('upgrade refused: HTTP 503')
    expect(db.results.find((r) => r.kind === 'db-write')!.detail).toBe('POST /api/trips: HTTP 503')
    expect(db.results.find((r) => r.name === 'health')!.detail).toMatch(
      /HTTP 503 instead of 200; status is "fail", expected "pass"/,
    )
    expect(auth.results.find((r) => r.kind === 'auth')!.detail).toMatch(
      /^login: POST \/api\/auth\/login: HTTP 503/,
    )
    expect(ws.results.filter((r) => !r.ok).map((r) => r.kind)).toEqual(['websocket'])
  })

  it('hold the P95 against the budget when the app is slow', async () => {
    app.setFault('slow')
    const slow = await run(SMOKE_SECRETS, { tests: SMOKE_CONFIG.tests.slice(0, 1) })
    app.setFault(undefined)
    expect(slow.results[0]!.ok).toBe(true)
    const tight = latencyVerdict(slow.results, 250)
    expect(tight.ok).toBe(false)
    expect(tight.p95Ms).toBeGreaterThanOrEqual(300)
  })

  it('never put a credential in a result, even when the login fails', async () => {
    const { results } = await run({
      SMOKE_TEST_EMAIL: 'smoke-test@example.com',
      SMOKE_TEST_PASSWORD: 'not-the-password-9',
    })
    const text = JSON.stringify(results)
    expect(results.find((r) => r.kind === 'auth')!.detail).toMatch(/HTTP 401/)
    expect(text).not.toContain('not-the-password-9')
  })
})
