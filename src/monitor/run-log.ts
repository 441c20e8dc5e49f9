/**
 * A monitor run written as one line, the description of a deployment status (GitHub keeps at
 * most 140 characters there), and read back by later runs. Readable in GitHub's deployment view:
 *
 *   launchgate-monitor t=912 rollback e=P p=P w=F h=I:nd s=P ws=20/20
 *
 * `t` is seconds since the deploy (so the record does not depend on the server's clock), then the
 * decision, each plan signal's verdict with its inconclusive cause, and the WebSocket probe bucket.
 */
import type { MonitorRunRecord } from './ports.js'
import type { Decision, InconclusiveCause, SignalName, Verdict } from './verdict.js'

/** Every status the monitor writes starts with this; the deploy's own statuses never do. */
export const RUN_LOG_PREFIX = 'launchgate-monitor'

/** GitHub's limit on a deployment status description. */
export const DESCRIPTION_MAX = 140

// Health checks (`health.database`) are left out: the same probes judge them as `health`, so
// whether the monitor could see them is already recorded, and their names would not fit.
const SIGNAL_CODES: ReadonlyArray<[SignalName, string]> = [
  ['error-rate', 'e'],
  ['p95', 'p'],
  ['websocket-failures', 'w'],
  ['health', 'h'],
  ['security', 's'],
]

const CAUSE_CODES: ReadonlyArray<[InconclusiveCause, string]> = [
  ['no-data', 'nd'],
  ['too-few-samples', 'fs'],
  ['source-error', 'se'],
  ['rate-limited', 'rl'],
  ['incomplete-bucket', 'ib'],
  ['not-significant', 'ns'],
  ['awaiting-confirmation', 'ac'],
]

const VERDICTS: Record<string, Verdict> = { P: 'PASS', F: 'FAIL', I: 'INCONCLUSIVE' }
const DECISIONS = new Set<Decision>(['healthy', 'rollback', 'inconclusive'])

/** The record of a run as a status description. */
export function encodeRun(run: MonitorRunRecord, deployedAt: number): string {
  // Floor, not round: a decoded record must never be later than the run it records.
  const parts = [RUN_LOG_PREFIX, `t=${Math.max(0, Math.floor((run.at - deployedAt) / 1000))}`, run.decision]
  for (const [signal, code] of SIGNAL_CODES) {
    const verdict = run.signals.find((s) => s.signal === signal)
    if (verdict === undefined) continue
    const cause = CAUSE_CODES.find(([name]) => name === verdict.cause)?.[1]
    parts.push(`${code}=${verdict.verdict[0]}${cause ? `:${cause}` : ''}`)
  }
  if (run.websocket) parts.push(`ws=${run.websocket.failures}/${run.websocket.attempts}`)
  return parts.join(' ').slice(0, DESCRIPTION_MAX)
}

/** A run read back from a status description; undefined for any other status. */
export function decodeRun(description: string | undefined, deployedAt: number): MonitorRunRecord | undefined {
  const [prefix, time, decision, ...fields] = (description ?? '').trim().split(/\s+/)
  const seconds = /^t=(\d+)$/.exec(time ?? '')?.[1]
  if (prefix !== RUN_LOG_PREFIX || seconds === undefined || !DECISIONS.has(decision as Decision))
    return undefined
  const run: MonitorRunRecord = {
    at: deployedAt + Number(seconds) * 1000,
    decision: decision as Decision,
    signals: [],
  }
  for (const field of fields) {
    const ws = /^ws=(\d+)\/(\d+)$/.exec(field)
    if (ws) {
      run.websocket = { failures: Number(ws[1]), attempts: Number(ws[2]) }
      continue
    }
    const match = /^([a-z])=([PFI])(?::([a-z]{2}))?$/.exec(field)
    const signal = SIGNAL_CODES.find(([, code]) => code === match?.[1])?.[0]
    if (!match || signal === undefined) continue
    const cause = CAUSE_CODES.find(([, code]) => code === match[3])?.[0]
    run.signals.push({ signal, verdict: VERDICTS[match[2]!]!, ...(cause ? { cause } : {}) })
  }
  return run
}

/** Whether a status description is one of the monitor's records (and so not the deploy's own). */
export function isRunLog(description: string | undefined): boolean {
  return (description ?? '').startsWith(`${RUN_LOG_PREFIX} `)
}

/** A run reduced to the signals a record keeps, so the current run and the history compare alike. */
export function recordedSignals(run: MonitorRunRecord): MonitorRunRecord {
  const kept = new Set(SIGNAL_CODES.map(([signal]) => signal))
  return { ...run, signals: run.signals.filter((s) => kept.has(s.signal)) }
}
