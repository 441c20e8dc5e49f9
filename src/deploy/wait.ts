/**
 * Wait until live: poll every target until its host serves the merged commit, the host reports a
 * failed deploy, or the timeout passes. {@link decideWait} is the pure decision per poll; the loop
 * around it only observes, logs a progress line and sleeps on the injected clock.
 */
import { ApiError, describeError } from '../errors.js'
import type { Host, HostObservation } from '../hosting/types.js'
import type { Clock } from './clock.js'
import type { TargetWait } from './types.js'

/** One poll's input: what the host said, or why it could not be asked. */
export type PollResult = HostObservation | { error: string; userError: boolean }

/** What to do after a poll. */
export type WaitStep =
  | { kind: 'stop'; outcome: TargetWait['outcome']; detail: string }
  | { kind: 'poll-again'; detail: string; sleepMs: number }

export interface WaitLimits {
  timeoutMs: number
  pollMs: number
}

/**
 * The decision per poll: live and failed end the wait at once; a wrong token or site id (a user
 * error) fails now rather than after twenty minutes; anything else waits until the timeout, and
 * the last sleep is cut so the wait never overruns it.
 */
export function decideWait(poll: PollResult, elapsedMs: number, limits: WaitLimits): WaitStep {
  if ('error' in poll) {
    if (poll.userError) return { kind: 'stop', outcome: 'failed', detail: poll.error }
  } else if (poll.phase === 'live' || poll.phase === 'failed') {
    return { kind: 'stop', outcome: poll.phase, detail: poll.detail }
  }
  const detail = 'error' in poll ? `host not reachable: ${poll.error}` : poll.detail
  const left = limits.timeoutMs - elapsedMs
  if (left <= 0) {
    const limit =
      limits.timeoutMs >= 60_000
        ? `${Math.round((limits.timeoutMs / 60_000) * 10) / 10} min`
        : `${Math.round(limits.timeoutMs / 100) / 10} s`
    return { kind: 'stop', outcome: 'timed-out', detail: `not live after ${limit}; last seen: ${detail}` }
  }
  return { kind: 'poll-again', detail, sleepMs: Math.min(limits.pollMs, left) }
}

/** `1m05s` for progress lines. */
export function formatElapsed(ms: number): string {
  const seconds = Math.round(ms / 1000)
  return seconds < 60
    ? `${seconds}s`
    : `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`
}

/** Polls one target until {@link decideWait} stops; never throws. */
export async function waitForTarget(
  host: Host,
  sha: string,
  limits: WaitLimits,
  io: { clock: Clock; log: (line: string) => void },
  /** Why to stop waiting early (another target failed), checked after each poll. */
  abandon: () => string | undefined = () => undefined,
): Promise<TargetWait> {
  const start = io.clock.now()
  let polls = 0
  let last: PollResult | undefined
  for (;;) {
    polls += 1
    last = await observe(host, sha)
    const elapsed = io.clock.now() - start
    const why = abandon()
    const decided = decideWait(last, elapsed, limits)
    const step: WaitStep =
      why && decided.kind === 'poll-again'
        ? {
            kind: 'stop',
            outcome: 'abandoned',
            detail: `stopped waiting: ${why}; last seen: ${decided.detail}`,
          }
        : decided
    io.log(
      `[${host.name}] ${step.kind === 'stop' ? step.outcome : 'waiting'} after ${formatElapsed(elapsed)}: ${step.detail}`,
    )
    if (step.kind === 'stop') {
      const url = 'error' in last ? undefined : last.url
      return {
        ...{ target: host.name, kind: host.kind, outcome: step.outcome, detail: step.detail },
        ...{ waitedMs: elapsed, polls, url: url ?? host.url },
      }
    }
    await io.clock.sleep(step.sleepMs)
  }
}

async function observe(host: Host, sha: string): Promise<PollResult> {
  try {
    return await host.observe(sha)
  } catch (error) {
    const userError = error instanceof ApiError && error.isUserError
    return { error: describeError(error), userError }
  }
}

/**
 * Waits for every target at once; one slow host does not delay noticing another's failure, and
 * once one target failed the others stop at their next poll instead of waiting out the timeout.
 */
export function waitUntilLive(
  hosts: readonly Host[],
  sha: string,
  limits: WaitLimits,
  io: { clock: Clock; log: (line: string) => void },
): Promise<TargetWait[]> {
  let failed: string | undefined
  return Promise.all(
    hosts.map(async (host) => {
      const wait = await waitForTarget(host, sha, limits, io, () => failed)
      if (wait.outcome === 'failed') failed ??= `${wait.target} failed`
      return wait
    }),
  )
}
