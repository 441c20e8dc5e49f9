/**
 * The signal adapters against real local parts: Sentry's test server (validated against Sentry's
 * description) and the example app. Each outage must come back as data the decision can call
 * INCONCLUSIVE, never as a pass, and never with the token in it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { WatchedDeployment } from '../../src/monitor/ports.js'
import { HealthSource, WebSocketSource, healthSample, sameRelease } from '../../src/monitor/sources/probes.js'
import { HTTP_AXES, SentrySource, httpBuckets } from '../../src/monitor/sources/sentry.js'
import { startExampleApp, type ExampleApp } from '../../src/rehearsal/app/index.js'
import { SentryClient } from '../../src/sentry/client.js'
import { FAKE_SENTRY_TOKEN, startSentryServer, type SentryServer } from '../support/sentry-server/index.js'

const MINUTE = 60_000
const SHA = 'c0ffee'.padEnd(40, '0')
const DEPLOYED = Date.parse('2026-01-10T17:02:00Z')
const deployment: WatchedDeployment = { id: 1, sha: SHA, deployedAt: DEPLOYED, environment: 'production' }

describe('httpBuckets', () => {
  const bucket = (startMs: number, value: number | null, incomplete = false) => ({
    start: new Date(startMs).toISOString(),
    end: new Date(startMs + 5 * MINUTE).toISOString(),
    startMs,
    value,
    incomplete,
  })

  it('joins count, failure rate and P95 into buckets; a P95 of nothing is no value', () => {
    const t = DEPLOYED
    const buckets = httpBuckets(
      {
        [HTTP_AXES.count]: [bucket(t, 400), bucket(t + 5 * MINUTE, 0), bucket(t + 10 * MINUTE, 50, true)],
        [HTTP_AXES.failureRate]: [
          bucket(t, 0.125),
          bucket(t + 5 * MINUTE, null),
          bucket(t + 10 * MINUTE, 0.02, true),
        ],
        [HTTP_AXES.p95]: [bucket(t, 812.5), bucket(t + 5 * MINUTE, null), bucket(t + 10 * MINUTE, 90, true)],
      },
      5 * MINUTE,
    )
    expect(buckets).toEqual([
      { signal: 'http', at: t, end: t + 5 * MINUTE, complete: true, requests: 400, errors: 50, p95Ms: 812.5 },
      { signal: 'http', at: t + 5 * MINUTE, end: t + 10 * MINUTE, complete: true, requests: 0, errors: 0 },
      {
        signal: 'http',
        at: t + 10 * MINUTE,
        end: t + 15 * MINUTE,
        complete: false,
        requests: 50,
        errors: 1,
        p95Ms: 90,
      },
    ])
  })
})

describe('SentrySource against the Sentry test server', () => {
  let sentry: SentryServer
  beforeAll(async () => {
    sentry = await startSentryServer({ org: 'acme', projects: ['web'], now: () => DEPLOYED + 17 * MINUTE })
  })
  afterAll(async () => {
    if (!sentry) return // beforeAll failed and already says why
    try {
      sentry.assertNoViolations()
    } finally {
      await sentry.close()
    }
  })
  const source = (token = FAKE_SENTRY_TOKEN) =>
    new SentrySource(
      new SentryClient({
        baseUrl: sentry.url,
        token,
        org: 'acme',
        project: 'web',
        retries: 0,
        now: () => DEPLOYED + 17 * MINUTE,
      }),
      {
        environment: 'production',
        release: (sha) => `web@${sha}`,
        links: { baseUrl: 'https://de.sentry.io', org: 'acme' },
      },
    )

  it('reads the release’s buckets since the deploy, the filling one marked, and its new issues', async () => {
    for (const [yAxis, value] of [
      ['count()', 1000],
      ['failure_rate()', 0.03],
      ['p95(span.duration)', 640],
    ] as const) {
      const points = [0, 5, 10, 15].map((m) => ({
        at: Date.parse('2026-01-10T17:00:00Z') + m * MINUTE,
        value,
      }))
      sentry.state.setSeries({ yAxis, query: `release:web@${SHA}`, points })
    }
    sentry.state.addIssue({
      title: 'TypeError in trip planner',
      firstSeen: new Date(DEPLOYED + MINUTE).toISOString(),
      firstRelease: `web@${SHA}`,
      environment: 'production',
    })
    sentry.state.addIssue({
      title: 'old bug',
      firstSeen: new Date(DEPLOYED - 60 * MINUTE).toISOString(),
      firstRelease: 'web@old',
      environment: 'production',
    })

    const reading = await source().read(deployment, DEPLOYED + 17 * MINUTE)
    const request = sentry.requests.find((r) => r.path.endsWith('/events-timeseries/'))!
    expect(request.query.get('query')).toBe(`release:web@${SHA} is_transaction:true`)
    expect(request.query.get('dataset')).toBe('spans')
    expect(request.query.get('environment')).toBe('production')
    expect(
      reading.samples.map((s) =>
        'complete' in s ? [new Date(s.at).toISOString().slice(11, 16), s.complete] : s,
      ),
    ).toEqual([
      ['17:00', true],
      ['17:05', true],
      ['17:10', true],
      ['17:15', false],
    ])
    expect(reading.samples[1]).toMatchObject({ requests: 1000, errors: 30, p95Ms: 640 })
    expect(reading.evidence).toEqual([
      {
        title: `Sentry release web@${SHA}`,
        url: `https://de.sentry.io/organizations/acme/releases/web%40${SHA}/`,
      },
      expect.objectContaining({
        title: expect.stringContaining('TypeError in trip planner'),
        url: expect.stringMatching(/^http/),
      }),
    ])
  })

  it('turns a refused query into a failure sample with the status, without the token', async () => {
    const reading = await source('sntrys_wrong-token-value').read(deployment, DEPLOYED + 17 * MINUTE)
    expect(reading.samples).toEqual([
      {
        signal: 'http',
        at: DEPLOYED + 17 * MINUTE,
        error: { status: 401, message: expect.stringContaining('401') },
      },
    ])
    expect(JSON.stringify(reading)).not.toContain('wrong-token-value')
    expect(reading.evidence?.at(-1)?.title).toBe('New Sentry issues could not be read')
  })
})

describe('probe sources against the example app', () => {
  let app: ExampleApp
  beforeAll(async () => {
    app = await startExampleApp({ sha: SHA })
  })
  afterAll(async () => {
    await app?.close()
  })
  const options = (url: string, probes: number) => ({ url, probes, timeoutMs: 2000, spacingMs: 10 })

  it('probes health several times and reads its checks, failing with the database', async () => {
    const health = new HealthSource(options(`${app.url}/api/health`, 3))
    const ok = await health.read(deployment, 1)
    expect(ok.samples).toHaveLength(3)
    expect(ok.samples[0]).toMatchObject({
      signal: 'health',
      at: 1,
      ok: true,
      status: 200,
      checks: { 'database:connection': 'pass' },
    })
    app.setFault('db-down')
    const down = await health.read(deployment, 2)
    expect(
      down.samples.every((s) => 'ok' in s && !s.ok && s.checks?.['database:connection'] === 'fail'),
    ).toBe(true)
    app.setFault(undefined)
  })

  it('never counts a healthy answer from another release as this release’s health', async () => {
    app.setFault('wrong-sha')
    const reading = await new HealthSource(options(`${app.url}/api/health`, 2)).read(deployment, 3)
    app.setFault(undefined)
    const wrong = {
      signal: 'health',
      at: 3,
      error: { message: expect.stringMatching(/reports release \w+, not the deployed c0ffee/) },
    }
    expect(reading.samples).toEqual([wrong, wrong])
    expect(sameRelease(SHA.slice(0, 7), SHA)).toBe(true)
    expect(sameRelease('v1.5.0', SHA)).toBe(false)
    expect(
      healthSample({ at: '', ok: true, latencyMs: 1, checks: {}, releaseId: '1.5.0' }, SHA, 4),
    ).toMatchObject({ ok: true })
  })

  it('counts WebSocket connects and their failures as one bucket per run', async () => {
    const ws = new WebSocketSource(options(app.wsUrl, 4))
    expect((await ws.read(deployment, 5)).samples).toEqual([
      { signal: 'websocket', at: 5, end: 5, complete: true, attempts: 4, failures: 0 },
    ])
    app.setFault('ws-refuse')
    const refused = await ws.read(deployment, 6)
    app.setFault(undefined)
    expect(refused.samples[0]).toMatchObject({ attempts: 4, failures: 4 })
    expect(refused.evidence).toEqual([
      { title: 'WebSocket probe failed', detail: expect.stringContaining('503') },
    ])
  })
})
