/**
 * The decision of one monitor run, a pure function over samples: each signal PASS, FAIL or
 * INCONCLUSIVE, then the release healthy, to roll back, or not yet known. Missing data, API errors
 * and half-filled buckets can only make a signal INCONCLUSIVE, never FAIL.
 */
import { checkNames, checkVerdict, healthVerdict, securityVerdict } from './hard-signals.js'
import { samplesInWindow, samplesOf, type Sample, type SampleSource } from './samples.js'
import { errorRateVerdict, p95Verdict, websocketVerdict } from './soft-signals.js'
import type { Thresholds } from './thresholds.js'
import type { MonitorDecision, SignalVerdict } from './verdict.js'

/** What a run knows: the deploy, the clock, what it observed and what it judges against. */
export interface DecisionInput {
  /** When the release went live (epoch ms); samples before it describe the previous release. */
  deployedAt: number
  /** The run's clock (epoch ms); samples after it are ignored. */
  now: number
  samples: readonly Sample[]
  thresholds: Thresholds
  /**
   * The sources this run watches. A watched source without samples is INCONCLUSIVE (no data);
   * by default, the sources that appear in `samples`.
   */
  sources?: readonly SampleSource[]
}

/** Every signal of the watched sources, in the plan's order. */
export function judgeSignals(input: DecisionInput): SignalVerdict[] {
  const { now, thresholds: t } = input
  const window = samplesInWindow(input.samples, input.deployedAt, input.now)
  const watched = new Set(input.sources ?? input.samples.map((s) => s.signal))
  const verdicts: SignalVerdict[] = []
  if (watched.has('http')) {
    const http = samplesOf(window, 'http')
    verdicts.push(errorRateVerdict(http, now, t), p95Verdict(http, now, t))
  }
  if (watched.has('websocket')) verdicts.push(websocketVerdict(samplesOf(window, 'websocket'), now, t))
  if (watched.has('health')) {
    const health = samplesOf(window, 'health')
    verdicts.push(healthVerdict(health, t))
    for (const name of checkNames(health)) verdicts.push(checkVerdict(name, health, t))
  }
  if (watched.has('security-alert')) verdicts.push(securityVerdict(samplesOf(window, 'security-alert')))
  return verdicts
}

/** Combines signal verdicts: any FAIL rolls back; otherwise any INCONCLUSIVE leaves it open. */
export function combine(signals: SignalVerdict[]): MonitorDecision {
  const failing = signals.filter((s) => s.verdict === 'FAIL')
  // Hard triggers first: they are the ones a reader of the rollback PR must see at once.
  const triggers = [...failing]
    .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'hard' ? -1 : 1))
    .map((s) => ({ signal: s.signal, reason: s.reason }))
  if (failing.length > 0) return { decision: 'rollback', triggers, signals }
  // Nothing watched is not evidence of health.
  const open = signals.length === 0 || signals.some((s) => s.verdict === 'INCONCLUSIVE')
  return { decision: open ? 'inconclusive' : 'healthy', triggers, signals }
}

/**
 * Decides one run.
 * @returns the decision, the triggers of a rollback (empty otherwise) and every signal's verdict
 */
export function decide(input: DecisionInput): MonitorDecision {
  return combine(judgeSignals(input))
}
