import { describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../src/config/load.js'
import { PLAN_CADENCE, cadenceFromConfig, checkDue, checkTimes } from '../../src/monitor/cadence.js'
import { PLAN_THRESHOLDS, mergeThresholds, thresholdsFromConfig } from '../../src/monitor/thresholds.js'

const min = (m: number) => m * 60_000

describe('checkTimes', () => {
  it('follows the plan: every 5 min in hour 1, 15 in hours 2-3, 30 in hour 4, a minute after each bucket', () => {
    const times = checkTimes(PLAN_CADENCE)
    expect(times.slice(0, 3)).toEqual([6, 11, 16])
    expect(times.filter((t) => t <= 61)).toHaveLength(12)
    expect(times.filter((t) => t > 61 && t <= 181)).toEqual([76, 91, 106, 121, 136, 151, 166, 181])
    expect(times.filter((t) => t > 181)).toEqual([211, 241])
  })

  it('continues the last interval to a longer window and stops at a shorter one', () => {
    expect(checkTimes({ ...PLAN_CADENCE, windowMinutes: 300 }).slice(-2)).toEqual([271, 301])
    expect(checkTimes({ ...PLAN_CADENCE, windowMinutes: 30 }).at(-1)).toBe(31)
  })
})

describe('checkDue', () => {
  it('is not due before the first check, nor for a deploy in the future', () => {
    expect(checkDue(PLAN_CADENCE, min(3))).toMatchObject({ due: false, watching: true, nextMinutes: 6 })
    expect(checkDue(PLAN_CADENCE, min(-2))).toMatchObject({ due: false, watching: true })
  })

  it('is due on the first wake-up in a slot and not on the next one in the same slot', () => {
    expect(checkDue(PLAN_CADENCE, min(6))).toMatchObject({ due: true, slotMinutes: 6, intervalMinutes: 5 })
    expect(checkDue(PLAN_CADENCE, min(10.99))).toMatchObject({ due: true, slotMinutes: 6 })
    // Hours 2-3: the wake-ups at 81 and 86 fall in the slot of 76, already checked at 76.
    expect(checkDue(PLAN_CADENCE, min(77))).toMatchObject({ due: true, slotMinutes: 76, intervalMinutes: 15 })
    expect(checkDue(PLAN_CADENCE, min(81))).toMatchObject({ due: false, nextMinutes: 91 })
    expect(checkDue(PLAN_CADENCE, min(212))).toMatchObject({ due: true, intervalMinutes: 30 })
  })

  it('catches up a skipped wake-up when the last check is known', () => {
    // The wake-up of 76 was skipped: at 82 the stateless rule has lost the slot, the stateful one has not.
    expect(checkDue(PLAN_CADENCE, min(82)).due).toBe(false)
    expect(checkDue(PLAN_CADENCE, min(82), min(61)).due).toBe(true)
    expect(checkDue(PLAN_CADENCE, min(82), min(77)).due).toBe(false)
  })

  it('runs the final check on a late wake-up, then stops watching', () => {
    expect(checkDue(PLAN_CADENCE, min(243))).toMatchObject({ due: true, watching: true, slotMinutes: 241 })
    expect(checkDue(PLAN_CADENCE, min(246))).toMatchObject({ due: false, watching: false })
  })
})

describe('the monitor config section', () => {
  it('keeps older files valid and fills the new keys with the plan defaults', () => {
    const config = parseConfig('monitor:\n  window-hours: 4\n  thresholds:\n    error-rate: 0.05\n', 'x.yml')
    expect(cadenceFromConfig(config.monitor)).toEqual(PLAN_CADENCE)
    expect(thresholdsFromConfig(config.monitor)).toEqual(PLAN_THRESHOLDS)
    expect(config.monitor['blind-after-runs']).toBe(3)
  })

  it('reads a custom cadence, window and evidence settings', () => {
    const text = [
      'monitor:',
      '  window-hours: 2',
      '  cadence: [{until-hour: 1, every-minutes: 10}, {until-hour: 2, every-minutes: 20}]',
      '  min-samples: {requests: 50}',
      '  consecutive-buckets: 3',
      '',
    ].join('\n')
    const config = parseConfig(text, 'x.yml')
    const cadence = cadenceFromConfig(config.monitor)
    expect(checkTimes(cadence)).toEqual([11, 21, 31, 41, 51, 61, 81, 101, 121])
    expect(thresholdsFromConfig(config.monitor)).toMatchObject({ minRequests: 50, consecutiveBuckets: 3 })
  })

  it('rejects a cadence out of order', () => {
    const text =
      'monitor:\n  cadence: [{until-hour: 3, every-minutes: 15}, {until-hour: 1, every-minutes: 5}]\n'
    expect(() => parseConfig(text, 'x.yml')).toThrow(/increasing 'until-hour'/)
  })

  it('layers thresholds: later wins key by key, undefined keeps', () => {
    const merged = mergeThresholds(
      PLAN_THRESHOLDS,
      { errorRate: 0.02 },
      { p95Ms: 3000, errorRate: undefined },
    )
    expect(merged).toMatchObject({ errorRate: 0.02, p95Ms: 3000, websocketFailureRate: 0.1 })
  })
})
