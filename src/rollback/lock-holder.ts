/**
 * Whether the run that created a rollback branch (the lock) may still be finishing it. A run
 * signs its revert with `Rollback-Run: <host>:<pid>`; on the same host the process table answers
 * the real question (a run killed with -9 is gone at once), elsewhere the branch is left to its
 * creator only for a short grace (`graceMs`), far less than the monitor's 5-minute schedule.
 */
import { hostname } from 'node:os'
import type { BranchTip } from './revert-writer.js'

/** A minute: a live run opens its issue within seconds of pushing the branch. */
export const DEFAULT_GRACE_MS = 60_000

const TRAILER = 'Rollback-Run'

/** This process as a lock holder: `<host>:<pid>`. */
export function currentHolder(): string {
  return `${hostname()}:${process.pid}`
}

/** The trailer a revert commit carries to name its run. */
export function holderTrailer(holder: string): string {
  return `${TRAILER}: ${holder}`
}

/** What the decision needs to know about the world, passed in so it stays pure. */
export interface HolderProbe {
  now: number
  host: string
  /** True when a process with this pid runs on this host. */
  isAlive(pid: number): boolean
  graceMs?: number
}

/**
 * True while the lock's creator may still be working: its process is alive on this host, or it
 * ran elsewhere and the branch is younger than the grace.
 */
export function holderMayBeAlive(tip: BranchTip, probe: HolderProbe): boolean {
  const holder = new RegExp(`^${TRAILER}: (.+):(\\d+)$`, 'm').exec(tip.message)
  if (holder && holder[1] === probe.host) return probe.isAlive(Number(holder[2]))
  return probe.now - tip.committedAt < (probe.graceMs ?? DEFAULT_GRACE_MS)
}

/** The probe of this machine. */
export function localProbe(graceMs?: number): HolderProbe {
  return { now: Date.now(), host: hostname(), isAlive: pidAlive, graceMs }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
