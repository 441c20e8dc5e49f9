import { describe, expect, it } from '@jest/globals'
import { decide } from '../../src/monitor/decide.js'
import type { HealthProbe, Sample } from '../../src/monitor/samples.js'
import type { SignalName } from '../../src/monitor/verdict.js'
import { wilsonBounds } from '../../src/monitor/wilson.js'
import { DEPLOYED_AT, alert, at, failure, http, probe, thresholds, ws } from './builders.js'

function judge(samples: Sample[], nowMinute: number, override = {}) {
  return decide({ deployedAt: DEPLOYED_AT, now: at(nowMinute), samples, thresholds: thresholds(override) })
}

function signal(samples: Sample[], nowMinute: number, name: SignalName, override = {}) {
  const verdict = judge(samples, nowMinute, override).signals.find((s) => s.signal === name)
  if (!verdict) throw new Error(`no verdict for ${name}`)
  return verdict
}

describe('wilsonBounds', () => {
  it('matches the textbook interval and never leaves [0, 1]', () => {
    // 10 of 100 at one-sided 95% (z ≈ 1.645): about [0.060, 0.160].
    const { lower, upper } = wilsonBounds(10, 100, 0.95)
    expect(lower).toBeCloseTo(0.06, 2)
    expect(upper).toBeCloseTo(0.16, 2)
    expect(wilsonBounds(0, 0, 0.95)).toEqual({ lower: 0, upper: 1 })
    expect(wilsonBounds(0, 50, 0.95).lower).toBeCloseTo(0, 12)
    expect(wilsonBounds(50, 50, 0.95).upper).toBeCloseTo(1, 12)
    expect(wilsonBounds(50, 50, 0.95).upper).toBeLessThanOrEqual(1)
  })
})

describe('decide: soft signals', () => {
  it('is healthy when every watched signal passes', () => {
    const result = judge(
      [http(0, 1000, 5, 800), http(5, 1000, 6, 900), ws(0, 100, 1), probe(10, true, 'pass')],
      11,
    )
    expect(result.decision).toBe('healthy')
    expect(result.triggers).toEqual([])
    expect(result.signals.map((s) => s.verdict)).toEqual(['PASS', 'PASS', 'PASS', 'PASS', 'PASS'])
  })

  it('rolls back on two consecutive buckets above the error rate, with a reason', () => {
    const result = judge([http(0, 1000, 120), http(5, 1000, 110)], 11)
    expect(result.decision).toBe('rollback')
    expect(result.triggers).toEqual([{ signal: 'error-rate', reason: expect.stringContaining('above 5.0%') }])
    expect(result.triggers[0]!.reason).toContain('2 buckets in a row')
  })

  it('waits for a second bucket: one failing bucket is INCONCLUSIVE, not FAIL', () => {
    const verdict = signal([http(0, 1000, 5), http(5, 1000, 200)], 11, 'error-rate')
    expect(verdict.verdict).toBe('INCONCLUSIVE')
    expect(verdict.cause).toBe('awaiting-confirmation')
  })

  it('does not roll back when a passing bucket breaks the streak', () => {
    const verdict = signal([http(0, 1000, 200), http(5, 1000, 5), http(10, 1000, 200)], 16, 'error-rate')
    expect(verdict.cause).toBe('awaiting-confirmation')
  })

  it('judges a rate with a confidence bound, not a raw ratio', () => {
    // 2 of 25 (8%) twice looks well above the threshold but proves nothing.
    const thin = signal([http(0, 25, 2), http(5, 25, 2)], 11, 'error-rate', { minRequests: 20 })
    expect(thin.verdict).toBe('INCONCLUSIVE')
    expect(thin.cause).toBe('not-significant')
    // The same share over enough requests does prove it.
    expect(signal([http(0, 3000, 300), http(5, 3000, 300)], 11, 'error-rate').verdict).toBe('FAIL')
  })

  it('is INCONCLUSIVE below the minimum sample count however bad the ratio', () => {
    const verdict = signal([http(0, 10, 9), http(5, 10, 9)], 11, 'error-rate')
    expect(verdict).toMatchObject({
      verdict: 'INCONCLUSIVE',
      cause: 'too-few-samples',
      value: 0.9,
      samples: 10,
    })
  })

  it('applies the WebSocket threshold (10%) and the P95 threshold (5 s)', () => {
    expect(signal([ws(0, 500, 100), ws(5, 500, 100)], 11, 'websocket-failures').verdict).toBe('FAIL')
    expect(signal([ws(0, 500, 30), ws(5, 500, 30)], 11, 'websocket-failures').verdict).toBe('PASS')
    const slow = [http(0, 500, 0, 6000), http(5, 500, 0, 7000)]
    expect(signal(slow, 11, 'p95')).toMatchObject({ verdict: 'FAIL', value: 7000, threshold: 5000 })
    expect(signal(slow, 11, 'p95', { p95Ms: 8000 }).verdict).toBe('PASS')
  })

  it('takes every threshold from the input, e.g. a stricter error rate', () => {
    const samples = [http(0, 5000, 150), http(5, 5000, 150)]
    expect(signal(samples, 11, 'error-rate').verdict).toBe('PASS')
    expect(signal(samples, 11, 'error-rate', { errorRate: 0.01 }).verdict).toBe('FAIL')
  })

  it('honours a configured number of consecutive buckets', () => {
    const samples = [http(0, 1000, 200), http(5, 1000, 200)]
    expect(signal(samples, 11, 'error-rate', { consecutiveBuckets: 3 }).verdict).toBe('INCONCLUSIVE')
    expect(signal(samples, 11, 'error-rate', { consecutiveBuckets: 1 }).verdict).toBe('FAIL')
  })
})

describe('decide: never FAIL without data', () => {
  it('no data at all for a watched source is INCONCLUSIVE', () => {
    const result = decide({
      deployedAt: DEPLOYED_AT,
      now: at(30),
      samples: [],
      thresholds: thresholds(),
      sources: ['http'],
    })
    expect(result.decision).toBe('inconclusive')
    expect(result.signals.map((s) => s.cause)).toEqual(['no-data', 'no-data'])
  })

  it('an API error or a 429 as the latest answer is INCONCLUSIVE, with its cause', () => {
    expect(signal([http(0, 1000, 5), failure('http', 10, 500)], 11, 'error-rate').cause).toBe('source-error')
    expect(signal([http(0, 1000, 5), failure('http', 10, 429)], 11, 'error-rate').cause).toBe('rate-limited')
  })

  it('an API error between failing buckets neither confirms nor hides them', () => {
    const samples = [http(0, 1000, 5), http(5, 1000, 200), failure('http', 10, 500)]
    expect(signal(samples, 11, 'error-rate').verdict).toBe('INCONCLUSIVE')
    expect(signal([...samples, http(10, 1000, 200)], 16, 'error-rate').verdict).toBe('FAIL')
  })

  it('a bucket still filling is not judged: alone it is INCONCLUSIVE (incomplete-bucket)', () => {
    const filling = { ...http(5, 40, 30), end: at(10) }
    expect(signal([filling], 7, 'error-rate').cause).toBe('incomplete-bucket')
    const flagged = { ...http(0, 1000, 900), complete: false }
    expect(signal([flagged, http(5, 1000, 900)], 11, 'error-rate').cause).toBe('awaiting-confirmation')
  })

  it('an empty bucket (a traffic gap) is INCONCLUSIVE, not a division by zero', () => {
    expect(signal([http(0, 0, 0)], 6, 'error-rate')).toMatchObject({
      verdict: 'INCONCLUSIVE',
      cause: 'no-data',
    })
  })
})

describe('decide: only samples after the deploy, and not from the future', () => {
  it('ignores the previous release and samples after now', () => {
    const before = http(-10, 1000, 500)
    const straddling = http(-5, 1000, 500)
    const future = http(20, 1000, 500)
    const result = judge([before, straddling, http(0, 1000, 2, 700), http(5, 1000, 3, 800), future], 11)
    expect(result.decision).toBe('healthy')
    expect(result.signals[0]!.observations).toHaveLength(2)
  })

  it('ignores a critical alert opened before the deploy', () => {
    expect(signal([alert(-30, 'critical')], 10, 'security').verdict).toBe('PASS')
  })
})

describe('decide: hard signals act on one confirmed run', () => {
  it('rolls back when 3 of the last 5 probes fail, even on the first run', () => {
    const probes = [probe(6, false), probe(6.1, true), probe(6.2, false), probe(6.3, false)]
    const result = judge(probes, 7)
    expect(result.decision).toBe('rollback')
    expect(result.triggers[0]).toMatchObject({
      signal: 'health',
      reason: expect.stringContaining('3 of the last 4'),
    })
  })

  it('one or two failing probes are not confirmed', () => {
    const verdict = signal([probe(6, true), probe(6.1, false), probe(6.2, false)], 7, 'health')
    expect(verdict).toMatchObject({ verdict: 'INCONCLUSIVE', cause: 'awaiting-confirmation', value: 2 })
    // A single flap the app recovered from is healthy, not "awaiting confirmation".
    expect(signal([probe(6, false), probe(6.1, true), probe(6.2, true)], 7, 'health')).toMatchObject({
      verdict: 'PASS',
      reason: expect.stringContaining('a recovered flap'),
    })
    expect(signal([probe(6, true), probe(6.1, true)], 7, 'health').verdict).toBe('PASS')
  })

  it('probes that got no answer in one burst wait for a second burst to confirm them', () => {
    // A loaded runner: every probe of the run timed out (no status), all stamped with the run's clock.
    const silent = (burst: number, ok = false): HealthProbe => ({ signal: 'health', at: at(6), ok, burst })
    const oneBurst = Array.from({ length: 5 }, () => silent(0))
    expect(signal(oneBurst, 7, 'health')).toMatchObject({
      verdict: 'INCONCLUSIVE',
      cause: 'awaiting-confirmation',
      reason: expect.stringContaining('a second burst confirms'),
    })
    expect(judge(oneBurst, 7).decision).not.toBe('rollback')
    // The retried burst answers: healthy. It times out again: the host is down, roll back.
    const recovered = [...oneBurst, ...Array.from({ length: 5 }, () => silent(1, true))]
    expect(signal(recovered, 7, 'health').verdict).toBe('PASS')
    const down = [...oneBurst, ...Array.from({ length: 5 }, () => silent(1))]
    expect(signal(down, 7, 'health').verdict).toBe('FAIL')
  })

  it('judges the database check on its own', () => {
    const probes = [1, 2, 3].map((s) => probe(6 + s / 10, false, 'fail'))
    const result = judge(probes, 7)
    expect(result.triggers.map((t) => t.signal)).toEqual(['health', 'health.database'])
    const dbOnly = [1, 2, 3].map((s) => probe(6 + s / 10, true, 'fail'))
    expect(judge(dbOnly, 7).triggers.map((t) => t.signal)).toEqual(['health.database'])
  })

  it('a probe that could not run is INCONCLUSIVE, never a failure', () => {
    expect(signal([probe(6, true), failure('health', 7)], 8, 'health').cause).toBe('source-error')
  })

  it('rolls back on one critical alert opened since the deploy; lower severities pass', () => {
    expect(signal([alert(3, 'critical')], 10, 'security').verdict).toBe('FAIL')
    expect(signal([alert(3, 'high')], 10, 'security').verdict).toBe('PASS')
    expect(signal([failure('security-alert', 9, 500)], 10, 'security').verdict).toBe('INCONCLUSIVE')
  })

  it('lists hard triggers before soft ones', () => {
    const result = judge([http(0, 1000, 200), http(5, 1000, 200), alert(3, 'critical')], 11)
    expect(result.triggers.map((t) => t.signal)).toEqual(['security', 'error-rate'])
  })
})

describe('decide: combining signals', () => {
  it('any FAIL rolls back even when another signal is blind', () => {
    const result = judge([alert(3, 'critical'), failure('http', 10, 429)], 11)
    expect(result.decision).toBe('rollback')
  })

  it('any INCONCLUSIVE without a FAIL is inconclusive', () => {
    const result = judge([http(0, 1000, 5, 900), http(5, 1000, 5, 900), failure('websocket', 10, 500)], 11)
    expect(result.decision).toBe('inconclusive')
    expect(result.signals.find((s) => s.signal === 'websocket-failures')?.cause).toBe('source-error')
  })

  it('watching nothing is inconclusive, not healthy', () => {
    expect(judge([], 30).decision).toBe('inconclusive')
  })
})
