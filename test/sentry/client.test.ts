import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import axios from 'axios'
import { ApiError, ConfigurationError, MissingSecretError } from '../../src/errors.js'
import { SentryClient, type SentryClientOptions } from '../../src/sentry/client.js'
import { FAKE_SENTRY_TOKEN, startSentryServer, type SentryServer } from '../support/sentry-server/index.js'

const SHA = '0123456789abcdef0123456789abcdef01234567'
let sentry: SentryServer

beforeEach(async () => {
  sentry = await startSentryServer({ org: 'acme', projects: ['web', 'api'] })
})

afterEach(async () => {
  await sentry.close()
})

function client(options: Partial<SentryClientOptions> = {}): SentryClient {
  return new SentryClient({
    baseUrl: sentry.url,
    token: FAKE_SENTRY_TOKEN,
    org: 'acme',
    retries: 2,
    retryBaseMs: 5,
    ...options,
  })
}

async function apiErrorOf(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ApiError)
  return error as ApiError
}

describe('SentryClient: releases and deploys', () => {
  it('creates a release once, reports a repeat as already known, and records a deploy', async () => {
    const sentryClient = client()
    const first = await sentryClient.createRelease({
      version: SHA,
      projects: ['web'],
      refs: [{ repository: 'acme/app', commit: SHA }],
    })
    const again = await sentryClient.createRelease({ version: SHA, projects: ['web'] })
    const deploy = await sentryClient.createDeploy(SHA, {
      environment: 'production',
      name: 'deploy 42',
      url: 'https://github.com/acme/app/actions/runs/42',
      dateStarted: '2026-01-10T16:58:00Z',
      dateFinished: '2026-01-10T17:00:00Z',
    })
    expect(first).toMatchObject({ version: SHA, created: true, id: expect.any(Number) })
    expect(again).toEqual({ version: SHA, created: false })
    expect(deploy).toMatchObject({
      environment: 'production',
      name: 'deploy 42',
      dateFinished: '2026-01-10T17:00:00Z',
    })
    expect(sentry.state.releases.get(SHA)?.deploys).toHaveLength(1)
    expect(sentry.requests.every((r) => r.authorized)).toBe(true)
    sentry.assertNoViolations()
  })

  it("says a deploy of an unknown release is not found, as the user's to fix", async () => {
    const error = await apiErrorOf(client().createDeploy('nope', { environment: 'production' }))
    expect(error.status).toBe(404)
    expect(error.isUserError).toBe(true)
    expect(error.message).toContain('Sentry create deploy of nope to production failed (HTTP 404)')
    sentry.assertNoViolations()
  })

  it('retries a release POST answered 502, since Sentry treats a repeat as known', async () => {
    sentry.fail({ method: 'POST', path: '/releases/', status: 502, times: 2 })
    await expect(client().createRelease({ version: SHA, projects: ['web'] })).resolves.toMatchObject({
      created: true,
    })
    expect(sentry.requests.filter((r) => r.injected)).toHaveLength(2)
    sentry.assertNoViolations()
  })
})

describe('SentryClient: events-timeseries', () => {
  const query = {
    dataset: 'spans' as const,
    yAxis: ['count()', 'failure_rate()', 'p95(span.duration)'],
    query: `release:${SHA} is_transaction:true`,
    interval: '5m',
    start: '2026-01-10T17:00:00Z',
    end: '2026-01-10T17:25:00Z',
    environment: 'production',
  }

  it('returns typed buckets per yAxis and marks the bucket still running as incomplete', async () => {
    // The server believes every bucket is complete; the client's own clock says the last is not.
    sentry.setNow('2026-01-10T18:00:00Z')
    sentry.state.setSeries({
      yAxis: 'count()',
      query: `release:${SHA}`,
      points: [
        { at: '2026-01-10T17:05:00Z', value: 1200 },
        { at: '2026-01-10T17:21:00Z', value: 300 },
      ],
    })
    sentry.state.setSeries({ yAxis: 'failure_rate()', absent: true, points: [] })
    const now = () => Date.parse('2026-01-10T17:22:00Z')
    const result = await client({ project: 'web', now }).eventsTimeseries(query)
    const counts = result.byYAxis['count()']!
    expect(result.intervalMs).toBe(300_000)
    expect(counts.map((b) => [b.start, b.value, b.incomplete])).toEqual([
      ['2026-01-10T17:00:00.000Z', 0, false],
      ['2026-01-10T17:05:00.000Z', 1200, false],
      ['2026-01-10T17:10:00.000Z', 0, false],
      ['2026-01-10T17:15:00.000Z', 0, false],
      ['2026-01-10T17:20:00.000Z', 300, true],
    ])
    expect(counts[4]!.end).toBe('2026-01-10T17:25:00.000Z')
    expect(result.byYAxis['failure_rate()']).toEqual([])
    expect(result.byYAxis['p95(span.duration)']).toHaveLength(5)
    const sent = sentry.requests[0]!.query
    expect(sent.getAll('yAxis')).toEqual(query.yAxis)
    expect([sent.get('interval'), sent.get('project'), sent.getAll('environment')]).toEqual([
      '300',
      'web',
      ['production'],
    ])
    sentry.assertNoViolations()
  })

  it("keeps Sentry's own incomplete flag", async () => {
    sentry.setNow('2026-01-10T17:12:00Z')
    const result = await client({ now: () => Date.parse('2026-01-10T19:00:00Z') }).eventsTimeseries({
      ...query,
      end: '2026-01-10T17:15:00Z',
    })
    expect(result.byYAxis['count()']!.map((b) => b.incomplete)).toEqual([false, false, true])
  })

  it('retries a 502, then reports a lasting 429 as rate limiting', async () => {
    sentry.fail({ path: '/events-timeseries/', status: 502, times: 1 })
    await expect(client().eventsTimeseries(query)).resolves.toBeDefined()
    sentry.fail({ path: '/events-timeseries/', status: 429, times: 5, headers: { 'retry-after': '0' } })
    const error = await apiErrorOf(client().eventsTimeseries(query))
    expect(error.status).toBe(429)
    expect(error.message).toContain('rate limited')
    sentry.assertNoViolations()
  })

  it('refuses an interval that is not whole seconds or a duration', async () => {
    await expect(client().eventsTimeseries({ ...query, interval: '5 minutes' })).rejects.toBeInstanceOf(
      ConfigurationError,
    )
    expect(sentry.requests).toHaveLength(0)
  })
})

describe('SentryClient: issues', () => {
  it('lists the unresolved issues first seen in a release, following cursor pages', async () => {
    for (let i = 0; i < 5; i++) {
      sentry.state.addIssue({
        title: `TypeError ${i}`,
        firstSeen: `2026-01-10T17:0${i}:00Z`,
        firstRelease: SHA,
      })
    }
    sentry.state.addIssue({ title: 'old', firstSeen: '2026-01-10T17:03:00Z', firstRelease: 'previous' })
    sentry.state.addIssue({
      title: 'fixed',
      firstSeen: '2026-01-10T17:03:00Z',
      firstRelease: SHA,
      status: 'resolved',
    })
    const issues = await client().listIssues({
      query: `is:unresolved firstRelease:${SHA}`,
      start: '2026-01-10T17:00:00Z',
      end: '2026-01-10T18:00:00Z',
      sort: 'new',
      limit: 2,
    })
    expect(issues.map((i) => i.title)).toEqual([
      'TypeError 4',
      'TypeError 3',
      'TypeError 2',
      'TypeError 1',
      'TypeError 0',
    ])
    expect(issues[0]).toMatchObject({ level: 'error', status: 'unresolved', project: { slug: 'web' } })
    expect(sentry.requests).toHaveLength(3)
    sentry.assertNoViolations()
  })

  it('stops after maxPages even when Sentry has more', async () => {
    for (let i = 0; i < 4; i++) sentry.state.addIssue({ title: `E${i}`, firstSeen: new Date().toISOString() })
    const issues = await client().listIssues({
      query: 'is:unresolved',
      statsPeriod: '1h',
      limit: 1,
      maxPages: 2,
    })
    expect(issues).toHaveLength(2)
  })
})

describe('SentryClient: credentials', () => {
  it('needs a token and names the secret', () => {
    expect(() => new SentryClient({ token: '  ', org: 'acme' })).toThrow(MissingSecretError)
    expect(() => new SentryClient({ token: undefined, org: 'acme' })).toThrow(/SENTRY_AUTH_TOKEN/)
  })

  it('reports a rejected token without printing it', async () => {
    const token = 'sntrys_wrong-token-0123456789'
    const error = await apiErrorOf(
      client({ token }).listIssues({ query: 'is:unresolved', statsPeriod: '1h' }),
    )
    expect(error.status).toBe(401)
    expect(error.message).toContain('the token is missing, wrong or expired')
    expect(error.message).not.toContain(token)
    expect(JSON.stringify(error)).not.toContain(token)
  })
})

describe('the Sentry test server', () => {
  it('answers a request that breaks the description with 400 and records it', async () => {
    const response = await axios.get(`${sentry.url}/api/0/organizations/acme/events-timeseries/`, {
      params: { dataset: 'bogus' },
      headers: { authorization: `Bearer ${FAKE_SENTRY_TOKEN}` },
      validateStatus: () => true,
    })
    expect(response.status).toBe(400)
    const [violation] = sentry.takeViolations()
    expect(violation?.kind).toBe('request')
    expect(violation?.problems.join('\n')).toContain("query parameter 'dataset'")
    sentry.assertNoViolations()
  })
})

describe('the Sentry test server: answers', () => {
  it('catches an answer that breaks the description and fails the call', async () => {
    sentry.state.addIssue({ title: 'boom', firstSeen: new Date().toISOString() })
    sentry.tamper({
      path: '/issues/',
      mutate: (body) => (body as Record<string, unknown>[]).map(({ shortId: _drop, ...rest }) => rest),
    })
    const error = await apiErrorOf(
      client({ retries: 0 }).listIssues({ query: 'is:unresolved', statsPeriod: '1h' }),
    )
    expect(error.status).toBe(500)
    const [violation] = sentry.takeViolations()
    expect(violation?.kind).toBe('response')
    expect(violation?.problems.join('\n')).toContain("must have required property 'shortId'")
  })
})
