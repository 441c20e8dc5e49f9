/**
 * The "monitor is blind" rule. A signal that has had no usable data for several runs in a row is
 * a problem of the monitor (a revoked token, a renamed release, a quota), not of the release: the
 * answer is an issue for a person, never a rollback.
 */
import {
  BLIND_CAUSES,
  type Decision,
  type InconclusiveCause,
  type MonitorDecision,
  type SignalName,
} from './verdict.js'

/** What is kept of a past run: enough to tell "could not see" from "saw something". */
export interface RunRecord {
  at: number
  decision: Decision
  signals: Array<{ signal: SignalName; verdict: 'PASS' | 'FAIL' | 'INCONCLUSIVE'; cause?: InconclusiveCause }>
}

export interface BlindStatus {
  /** Open (or keep open) the "monitor is blind" issue. */
  blind: boolean
  /** Signals without usable data in each of the last runs, with the cause of the latest run. */
  signals: Array<{ signal: SignalName; runs: number; cause: InconclusiveCause }>
  reason: string
}

/** The record of a run, for the history the next run is given. */
export function runRecord(at: number, decision: MonitorDecision): RunRecord {
  return {
    at,
    decision: decision.decision,
    signals: decision.signals.map((s) => ({ signal: s.signal, verdict: s.verdict, cause: s.cause })),
  }
}

function isBlindFor(run: RunRecord, signal: SignalName): boolean {
  const verdict = run.signals.find((s) => s.signal === signal)
  // A run that did not judge the signal at all could not see it either.
  if (verdict === undefined) return true
  return verdict.verdict === 'INCONCLUSIVE' && verdict.cause !== undefined && BLIND_CAUSES.has(verdict.cause)
}

/**
 * Applies the rule to the history of runs.
 * @param history past runs and the current one, oldest first
 * @param afterRuns runs in a row without data that make a signal blind
 */
export function blindStatus(history: readonly RunRecord[], afterRuns: number): BlindStatus {
  const latest = history.at(-1)
  if (latest === undefined) return { blind: false, signals: [], reason: 'no runs yet' }
  const signals: BlindStatus['signals'] = []
  for (const { signal } of latest.signals) {
    let runs = 0
    for (let i = history.length - 1; i >= 0 && isBlindFor(history[i]!, signal); i--) runs++
    const cause = latest.signals.find((s) => s.signal === signal)?.cause
    if (runs >= afterRuns && cause !== undefined) signals.push({ signal, runs, cause })
  }
  if (signals.length === 0) {
    return { blind: false, signals, reason: `every signal had usable data within the last ${afterRuns} runs` }
  }
  const list = signals.map((s) => `${s.signal} (${s.cause}, ${s.runs} runs)`).join(', ')
  return { blind: true, signals, reason: `no usable data for ${list}: the monitor is blind there` }
}
