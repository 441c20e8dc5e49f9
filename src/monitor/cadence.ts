/**
 * When to look: the plan watches every 5 minutes in hour 1, every 15 in hours 2 to 3 and every 30
 * in hour 4. The workflow wakes on a fixed cron (every 5 minutes) and asks, from the time since the
 * deploy alone, whether this wake-up is a check; it needs no state of its own between runs.
 */
import type { z } from 'zod'
import type { monitorSchema } from '../config/sections/monitor.js'

const MINUTE = 60_000

/** One step of the schedule, in minutes since the deploy. */
export interface CadenceStep {
  untilMinutes: number
  everyMinutes: number
}

export interface Cadence {
  steps: CadenceStep[]
  /** Stop watching after this many minutes. */
  windowMinutes: number
  /** Period of the scheduled workflow; a slot belongs to the first wake-up within it. */
  schedulerMinutes: number
  /**
   * Minutes after a bucket closes before its source has all of it. Every check is shifted by this,
   * so the check of minute 10 runs at 11 and always sees the bucket that closed at 10 complete.
   */
  settleMinutes: number
}

/** The plan's schedule over a 4-hour window, woken every 5 minutes. */
export const PLAN_CADENCE: Readonly<Cadence> = Object.freeze({
  steps: [
    { untilMinutes: 60, everyMinutes: 5 },
    { untilMinutes: 180, everyMinutes: 15 },
    { untilMinutes: 240, everyMinutes: 30 },
  ],
  windowMinutes: 240,
  schedulerMinutes: 5,
  settleMinutes: 1,
})

/** The cadence of a validated `monitor` config section. */
export function cadenceFromConfig(config: z.output<typeof monitorSchema>): Cadence {
  return {
    steps: config.cadence.map((s) => ({
      untilMinutes: s['until-hour'] * 60,
      everyMinutes: s['every-minutes'],
    })),
    windowMinutes: config['window-hours'] * 60,
    schedulerMinutes: config['scheduler-minutes'],
    settleMinutes: config['settle-minutes'],
  }
}

/** The interval in force at `minute`; past the last step its interval goes on to the window's end. */
function intervalAt(cadence: Cadence, minute: number): number {
  const step = cadence.steps.find((s) => minute < s.untilMinutes) ?? cadence.steps.at(-1)
  return step?.everyMinutes ?? cadence.schedulerMinutes
}

/**
 * The check times of a window, in minutes since the deploy: each check is one interval after the
 * previous one, the interval being the one in force at the previous check (5, 10, …, 60, 75, …, 180,
 * 210, 240), each shifted by the settle time (6, 11, …).
 */
export function checkTimes(cadence: Cadence): number[] {
  const times: number[] = []
  // Rounded to the millisecond so fractional intervals do not drift past a step's end.
  for (let t = 0; ;) {
    t = Math.round((t + intervalAt(cadence, t)) * MINUTE) / MINUTE
    if (t > cadence.windowMinutes) return times
    times.push(t + cadence.settleMinutes)
  }
}

/** Whether this wake-up should check, and why. */
export interface CadenceDecision {
  /** Run the checks now. */
  due: boolean
  /** False once the window is over: the workflow should stop looking at this deploy. */
  watching: boolean
  /** The scheduled check this run stands for, in minutes since the deploy. */
  slotMinutes?: number
  /** The interval in force at that slot. */
  intervalMinutes?: number
  /** The next scheduled check after now, in minutes since the deploy. */
  nextMinutes?: number
  reason: string
}

/**
 * Decides whether a check is due.
 * @param cadence the schedule
 * @param elapsedMs time since the deploy
 * @param lastCheckMs time since the deploy of the last check, when known: then a skipped or late
 *   wake-up catches up; without it a slot is due only within one scheduler period of its time
 */
export function checkDue(cadence: Cadence, elapsedMs: number, lastCheckMs?: number): CadenceDecision {
  const elapsed = elapsedMs / MINUTE
  if (elapsed < 0) return { due: false, watching: true, reason: 'the deploy is in the future (clock skew?)' }
  const times = checkTimes(cadence)
  const nextMinutes = times.find((t) => t > elapsed)
  const slot = times.filter((t) => t <= elapsed).at(-1)
  // One scheduler period of grace lets the final slot run on a late wake-up.
  if (elapsed >= cadence.windowMinutes + cadence.settleMinutes + cadence.schedulerMinutes) {
    return { due: false, watching: false, reason: `the ${cadence.windowMinutes}-minute window is over` }
  }
  if (slot === undefined) {
    return { due: false, watching: true, nextMinutes, reason: `first check at ${nextMinutes ?? '?'} minutes` }
  }
  const intervalMinutes = intervalAt(cadence, slot - cadence.settleMinutes - 1e-9)
  const last = lastCheckMs === undefined ? undefined : lastCheckMs / MINUTE
  const due = last === undefined ? elapsed - slot < cadence.schedulerMinutes : last < slot
  const reason = due
    ? `check for minute ${slot} (every ${intervalMinutes} minutes now)`
    : `minute ${slot} already checked; next at ${nextMinutes ?? 'the end of the window'}`
  return { due, watching: true, slotMinutes: slot, intervalMinutes, nextMinutes, reason }
}
