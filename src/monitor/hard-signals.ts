/**
 * The hard signals of the plan: the health endpoint and its checks (the database) failing in
 * repeated probes, and a critical security alert opened since the deploy. They act on one
 * confirmed run, with no waiting for a second bucket: a dead database is not noise.
 */
import {
  isRateLimited,
  isSourceFailure,
  type HealthProbe,
  type SecurityAlert,
  type SourceFailure,
} from './samples.js'
import type { Thresholds } from './thresholds.js'
import type { InconclusiveCause, Observation, SignalName, SignalVerdict, Verdict } from './verdict.js'

/**
 * A probe reduced to what a signal asks of it: failed or not, whether the app answered (a 503 or
 * a failed check is an answer; a timeout or a refused connection is not), and its burst; or
 * undefined when the probe did not report it at all.
 */
type ProbeReading =
  { at: number; failed: boolean; answered: boolean; burst: string; detail: string } | undefined
type Reading = NonNullable<ProbeReading>

/**
 * True when failures without an answer were seen in the last two bursts of probes: a loaded
 * runner or network times out one burst, a host that is down times out both.
 */
function silentInTwoBursts(probes: readonly Reading[]): boolean {
  const bursts: Reading[][] = []
  for (const p of probes) {
    if (bursts.at(-1)?.[0]?.burst === p.burst) bursts.at(-1)!.push(p)
    else bursts.push([p])
  }
  const lastTwo = bursts.slice(-2)
  return lastTwo.length === 2 && lastTwo.every((b) => b.some((p) => p.failed && !p.answered))
}

/** Whether a burst of probes that went unanswered needs a second burst before it can fail the run. */
export function awaitsSecondBurst(
  series: ReadonlyArray<HealthProbe | SourceFailure>,
  required: number,
): boolean {
  return healthVerdict(series, { healthProbes: required }).cause === 'awaiting-confirmation'
}

function failureCause(failure: SourceFailure): InconclusiveCause {
  return isRateLimited(failure) ? 'rate-limited' : 'source-error'
}

/**
 * Judges a probe-based signal: FAIL when at least `required` of the last `2·required − 1` probes
 * failed (3 of the last 5 by default). One dropped packet or one slow restart cannot roll back a
 * release; an outage that lets the odd probe through still does, at once.
 */
function probeVerdict(
  signal: SignalName,
  series: ReadonlyArray<HealthProbe | SourceFailure>,
  read: (probe: HealthProbe) => ProbeReading,
  required: number,
): SignalVerdict {
  const readings: Array<Reading | SourceFailure> = []
  for (const entry of series) {
    const reading = isSourceFailure(entry) ? entry : read(entry)
    if (reading !== undefined) readings.push(reading)
  }
  const probes = readings.filter((r): r is Reading => !('error' in r))
  const recent = probes.slice(-(2 * required - 1))
  const failed = recent.filter((p) => p.failed).length
  const observations: Observation[] = probes.map((p) => ({
    at: p.at,
    value: p.failed ? 1 : 0,
    samples: 1,
    outcome: p.failed ? 'fail' : 'pass',
  }))
  const last = readings.at(-1)
  const lastProbe = probes.at(-1)

  let verdict: Verdict = 'PASS'
  let cause: InconclusiveCause | undefined
  let reason: string
  const answered = recent.some((p) => p.failed && p.answered)
  if (failed >= required && (answered || silentInTwoBursts(probes))) {
    verdict = 'FAIL'
    reason = `${failed} of the last ${recent.length} probes failed (latest: ${lastProbe!.detail})`
  } else if (failed >= required) {
    verdict = 'INCONCLUSIVE'
    cause = 'awaiting-confirmation'
    reason =
      `${failed} of the last ${recent.length} probes got no answer (latest: ${lastProbe!.detail}), in one ` +
      'burst: a loaded machine or network looks the same; a second burst confirms'
  } else if (failed === 1 && lastProbe?.failed === false && last === lastProbe) {
    reason = `one probe failed and the app answered the ones after it (latest: ${lastProbe.detail}): a recovered flap`
  } else if (last === undefined) {
    verdict = 'INCONCLUSIVE'
    cause = 'no-data'
    reason = 'no probe since the deploy'
  } else if ('error' in last) {
    verdict = 'INCONCLUSIVE'
    cause = failureCause(last)
    reason = `the probe could not run: ${last.error.message}`
  } else if (failed > 0) {
    verdict = 'INCONCLUSIVE'
    cause = 'awaiting-confirmation'
    reason = `${failed} of the last ${recent.length} probes failed (latest: ${lastProbe!.detail}); ${required} confirm a failure`
  } else {
    reason = `latest probe passed (${lastProbe!.detail})`
  }
  return {
    signal,
    kind: 'hard',
    verdict,
    cause,
    value: failed,
    threshold: required,
    samples: probes.length,
    reason,
    observations,
  }
}

/** Probes of one burst share their time and burst number. */
function burstOf(probe: HealthProbe): string {
  return `${probe.at}:${probe.burst ?? 0}`
}

function probeDetail(probe: HealthProbe): string {
  const parts = [probe.status === undefined ? (probe.ok ? 'ok' : 'no answer') : `HTTP ${probe.status}`]
  if (probe.latencyMs !== undefined) parts.push(`${Math.round(probe.latencyMs)} ms`)
  return parts.join(', ')
}

/** The health endpoint answering at all and answering healthy. */
export function healthVerdict(
  series: ReadonlyArray<HealthProbe | SourceFailure>,
  t: Pick<Thresholds, 'healthProbes'>,
): SignalVerdict {
  return probeVerdict(
    'health',
    series,
    (p) => ({
      at: p.at,
      failed: !p.ok,
      answered: p.status !== undefined,
      burst: burstOf(p),
      detail: probeDetail(p),
    }),
    t.healthProbes,
  )
}

/** The names of the checks any probe reported, e.g. `database`, in first-seen order. */
export function checkNames(series: ReadonlyArray<HealthProbe | SourceFailure>): string[] {
  const names = new Set<string>()
  for (const entry of series)
    if (!isSourceFailure(entry)) for (const name of Object.keys(entry.checks ?? {})) names.add(name)
  return [...names]
}

/**
 * One named check of the health endpoint, e.g. the database. A probe that did not report the
 * check (the endpoint was down) tells nothing about it and is skipped; `warn` is not a failure.
 */
export function checkVerdict(
  name: string,
  series: ReadonlyArray<HealthProbe | SourceFailure>,
  t: Thresholds,
): SignalVerdict {
  return probeVerdict(
    `health.${name}`,
    series,
    (p) => {
      const state = p.checks?.[name]
      return state === undefined
        ? undefined
        : {
            at: p.at,
            failed: state === 'fail',
            answered: true,
            burst: burstOf(p),
            detail: `${name}: ${state}`,
          }
    },
    t.healthProbes,
  )
}

/** A critical Dependabot or code scanning alert opened since the deploy: one is enough. */
export function securityVerdict(series: ReadonlyArray<SecurityAlert | SourceFailure>): SignalVerdict {
  const alerts = series.filter((s): s is SecurityAlert => !isSourceFailure(s))
  const critical = alerts.filter((a) => a.severity === 'critical')
  const observations: Observation[] = alerts.map((a) => ({
    at: a.at,
    value: a.severity === 'critical' ? 1 : 0,
    samples: 1,
    outcome: a.severity === 'critical' ? 'fail' : 'pass',
  }))
  const base = {
    signal: 'security',
    kind: 'hard',
    value: critical.length,
    threshold: 0,
    samples: alerts.length,
  } as const
  if (critical.length > 0) {
    const more = critical.length > 1 ? ` and ${critical.length - 1} more` : ''
    return {
      ...base,
      verdict: 'FAIL',
      reason: `critical alert opened since the deploy: ${critical[0]!.summary}${more}`,
      observations,
    }
  }
  const last = series.at(-1)
  if (last !== undefined && isSourceFailure(last)) {
    return {
      ...base,
      verdict: 'INCONCLUSIVE',
      cause: failureCause(last),
      reason: `alerts could not be read: ${last.error.message}`,
      observations,
    }
  }
  // No alert is the normal answer of a successful query, not missing data.
  return { ...base, verdict: 'PASS', reason: 'no critical alert opened since the deploy', observations }
}
