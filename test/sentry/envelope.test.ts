import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import * as Sentry from '@sentry/node'
import { startSentryServer, type SentryServer } from '../support/sentry-server/index.js'

let sentry: SentryServer

beforeAll(async () => {
  sentry = await startSentryServer()
  // Under Jest the SDK cannot hook the module loader and says so; that is expected here.
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
  Sentry.init({ dsn: sentry.dsn('42'), defaultIntegrations: false, tracesSampleRate: 0, release: 'abc123' })
  warn.mockRestore()
})

afterAll(async () => {
  await Sentry.close(2000)
  // A failed beforeAll leaves no server; report that failure, not a second one here.
  await sentry?.close()
})

describe('the Sentry test server: envelopes from @sentry/node', () => {
  it('keeps the errors and cron check-ins the SDK sends to its DSN', async () => {
    Sentry.captureException(new Error('deploy step failed'))
    const checkInId = Sentry.captureCheckIn({ monitorSlug: 'launchgate-monitor', status: 'in_progress' })
    Sentry.captureCheckIn({ checkInId, monitorSlug: 'launchgate-monitor', status: 'ok' })
    expect(await Sentry.flush(2000)).toBe(true)
    const [event] = sentry.envelopeItems('event').map((i) => i.payload as Record<string, unknown>)
    const checkIns = sentry.envelopeItems('check_in').map((i) => i.payload as Record<string, unknown>)
    expect(sentry.envelopes.every((e) => e.projectId === '42')).toBe(true)
    expect(event).toMatchObject({
      release: 'abc123',
      exception: { values: [{ value: 'deploy step failed' }] },
    })
    expect(checkIns.map((c) => [c.monitor_slug, c.status])).toEqual([
      ['launchgate-monitor', 'in_progress'],
      ['launchgate-monitor', 'ok'],
    ])
    expect(checkIns[1]?.check_in_id).toBe(checkInId)
  })
})
