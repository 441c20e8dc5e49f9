/**
 * When to look: the plan watches every 5 minutes in hour 1, every 15 in hours 2 to 3 and every 30
 * in hour 4. The workflow wakes on a fixed cron (every 5 minutes) and asks, from the time since the
 * deploy alone, whether this wake-up is a check; it needs no state of its own between runs.
 */
import type { z } from 'zod';
import type { monitorSchema } from '../config/sections/monitor.js';
/** One step of the schedule, in minutes since the deploy. */
export interface CadenceStep {
    untilMinutes: number;
    everyMinutes: number;
}
export interface Cadence {
    steps: CadenceStep[];
    /** Stop watching after this many minutes. */
    windowMinutes: number;
    /** Period of the scheduled workflow; a slot belongs to the first wake-up within it. */
    schedulerMinutes: number;
    /**
     * Minutes after a bucket closes before its source has all of it. Every check is shifted by this,
     * so the check of minute 10 runs at 11 and always sees the bucket that closed at 10 complete.
     */
    settleMinutes: number;
}
/** The plan's schedule over a 4-hour window, woken every 5 minutes. */
export declare const PLAN_CADENCE: Readonly<Cadence>;
/** The cadence of a validated `monitor` config section. */
export declare function cadenceFromConfig(config: z.output<typeof monitorSchema>): Cadence;
/**
 * The check times of a window, in minutes since the deploy: each check is one interval after the
 * previous one, the interval being the one in force at the previous check (5, 10, …, 60, 75, …, 180,
 * 210, 240), each shifted by the settle time (6, 11, …).
 */
export declare function checkTimes(cadence: Cadence): number[];
/** Whether this wake-up should check, and why. */
export interface CadenceDecision {
    /** Run the checks now. */
    due: boolean;
    /** False once the window is over: the workflow should stop looking at this deploy. */
    watching: boolean;
    /** The scheduled check this run stands for, in minutes since the deploy. */
    slotMinutes?: number;
    /** The interval in force at that slot. */
    intervalMinutes?: number;
    /** The next scheduled check after now, in minutes since the deploy. */
    nextMinutes?: number;
    reason: string;
}
/**
 * Decides whether a check is due.
 * @param cadence the schedule
 * @param elapsedMs time since the deploy
 * @param lastCheckMs time since the deploy of the last check, when known: then a skipped or late
 *   wake-up catches up; without it a slot is due only within one scheduler period of its time
 */
export declare function checkDue(cadence: Cadence, elapsedMs: number, lastCheckMs?: number): CadenceDecision;
