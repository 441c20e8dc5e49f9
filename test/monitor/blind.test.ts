import { describe, expect, it } from '@jest/globals'
import { blindStatus, runRecord, type RunRecord } from '../../src/monitor/blind.js'
import { decide } from '../../src/monitor/decide.js'
import { DEPLOYED_AT, at, failure, http, thresholds } from './builders.js'

const run = (minute: number, cause?: 'no-data' | 'rate-limited' | 'awaiting-confirmation'): RunRecord => ({
  at: at(minute),
  decision: cause === undefined ? 'healthy' : 'inconclusive',
  signals: [
    { signal: 'error-rate', verdict: cause === undefined ? 'PASS' : 'INCONCLUSIVE', cause },
    { signal: 'health', verdict: 'PASS' },
  ],
})

describe('blindStatus', () => {
  it('is blind after N runs in a row without data for a signal, and names it', () => {
    const status = blindStatus([run(6), run(11, 'no-data'), run(16, 'rate-limited'), run(21, 'no-data')], 3)
    expect(status.blind).toBe(true)
    expect(status.signals).toEqual([{ signal: 'error-rate', runs: 3, cause: 'no-data' }])
    expect(status.reason).toContain('error-rate')
  })

  it('is not blind when a run in between had data, or with fewer runs than N', () => {
    expect(blindStatus([run(6, 'no-data'), run(11), run(16, 'no-data'), run(21, 'no-data')], 3).blind).toBe(
      false,
    )
    expect(blindStatus([run(6, 'no-data'), run(11, 'no-data')], 3).blind).toBe(false)
    expect(blindStatus([], 3).blind).toBe(false)
  })

  it('a suspicion awaiting confirmation is seeing, not blindness', () => {
    const history = [
      run(6, 'awaiting-confirmation'),
      run(11, 'awaiting-confirmation'),
      run(16, 'awaiting-confirmation'),
    ]
    expect(blindStatus(history, 3).blind).toBe(false)
  })

  it('works on the records of real decisions', () => {
    const blindRun = (minute: number) =>
      runRecord(
        at(minute),
        decide({
          deployedAt: DEPLOYED_AT,
          now: at(minute),
          samples: [failure('http', minute, 500)],
          thresholds: thresholds(),
        }),
      )
    const seeing = runRecord(
      at(6),
      decide({
        deployedAt: DEPLOYED_AT,
        now: at(6),
        samples: [http(0, 1000, 1, 500)],
        thresholds: thresholds(),
      }),
    )
    expect(blindStatus([seeing, blindRun(11), blindRun(16)], 3).blind).toBe(false)
    const status = blindStatus([seeing, blindRun(11), blindRun(16), blindRun(21)], 3)
    expect(status.signals.map((s) => s.signal)).toEqual(['error-rate', 'p95'])
  })
})
