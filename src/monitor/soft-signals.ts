/**
 * The soft signals of the plan: HTTP error rate, WebSocket connection failures and response time P95.
 * Each bucket is judged on its own (enough samples? above the threshold?), then the consecutive rule
 * decides the signal; for rates the streak must also clear the threshold with confidence on its
 * pooled counts, so a rollback never rests on a raw ratio.
 */
import { judgeSeries, type ConfirmStreak, type SeriesEntry, type SeriesVerdict } from './consecutive.js'
import {
  isComplete,
  isRateLimited,
  isSourceFailure,
  type HttpBucket,
  type SourceFailure,
  type WebSocketBucket,
} from './samples.js'
import type { Thresholds } from './thresholds.js'
import { percent, type Observation, type SignalName, type SignalVerdict } from './verdict.js'
import { wilsonBounds } from './wilson.js'

type Bucket = HttpBucket | WebSocketBucket

/** The entry of a failed query: a 429 is named apart so a reader knows to widen the cadence or the quota. */
function failureEntry(failure: SourceFailure): SeriesEntry {
  return {
    observation: { at: failure.at, samples: 0, outcome: 'unusable' },
    cause: isRateLimited(failure) ? 'rate-limited' : 'source-error',
  }
}

interface RateSpec {
  signal: SignalName
  label: string
  threshold: number
  min: number
}

/**
 * Judges one bucket's share: `fail` when its one-sided Wilson lower bound is above the threshold,
 * `suspect` when only its raw ratio is, `unusable` below the minimum count.
 */
function rateEntry(
  spec: RateSpec,
  at: number,
  failures: number,
  trials: number,
  confidence: number,
): SeriesEntry {
  const value = trials > 0 ? failures / trials : undefined
  const observation = { at, value, samples: trials, failures }
  if (trials < spec.min) {
    return {
      observation: { ...observation, outcome: 'unusable' },
      cause: trials === 0 ? 'no-data' : 'too-few-samples',
    }
  }
  const { lower } = wilsonBounds(failures, trials, confidence)
  const outcome = lower > spec.threshold ? 'fail' : value! > spec.threshold ? 'suspect' : 'pass'
  return { observation: { ...observation, outcome } }
}

/** Pooled counts of a streak of buckets. */
function pooled(streak: readonly Observation[]): { failures: number; trials: number } {
  return streak.reduce(
    (sum, o) => ({ failures: sum.failures + (o.failures ?? 0), trials: sum.trials + o.samples }),
    { failures: 0, trials: 0 },
  )
}

/** A streak of buckets above the threshold counts when its pooled Wilson lower bound is above it too. */
function pooledAbove(threshold: number, confidence: number): ConfirmStreak {
  return (streak) => {
    const { failures, trials } = pooled(streak)
    return wilsonBounds(failures, trials, confidence).lower > threshold
  }
}

/**
 * The value a verdict quotes: the latest judged bucket, or when none was judged the newest one
 * seen, so "too few samples" still shows what little there was.
 */
function quoted(latest: Observation | undefined, entries: readonly SeriesEntry[]) {
  const shown = latest ?? entries.findLast((e) => e.observation.value !== undefined)?.observation
  return { value: shown?.value, samples: shown?.samples ?? 0 }
}

/** Complete buckets and failed queries in time order, and whether filling buckets were left out. */
function split<B extends Bucket>(series: ReadonlyArray<B | SourceFailure>, now: number) {
  const usable = series.filter((s) => isSourceFailure(s) || isComplete(s, now))
  return { usable, incompleteSeen: usable.length < series.length }
}

/** The reason of an INCONCLUSIVE verdict, shared by the soft signals. */
export function inconclusiveReason(verdict: SignalVerdict, seen: string, need: number): string {
  const prefix = seen === '' ? '' : `${seen}; `
  switch (verdict.cause) {
    case 'awaiting-confirmation':
      return `${prefix}above the threshold, waiting for ${need} buckets in a row before acting`
    case 'not-significant':
      return `${prefix}above the threshold but not with confidence (too few samples to be sure)`
    case 'too-few-samples':
      return `${prefix}too few samples in the latest bucket to judge`
    case 'rate-limited':
      return `${prefix}the source answered 429 (rate limited); nothing judged`
    case 'source-error':
      return `${prefix}the source could not be read; nothing judged`
    case 'incomplete-bucket':
      return 'only buckets still filling since the deploy; nothing judged'
    default:
      return 'no data since the deploy'
  }
}

function verdictOf(
  signal: SignalName,
  threshold: number,
  judged: SeriesVerdict,
  entries: readonly SeriesEntry[],
): SignalVerdict {
  return {
    signal,
    kind: 'soft',
    verdict: judged.verdict,
    cause: judged.cause,
    ...quoted(judged.latest, entries),
    threshold,
    reason: '',
    observations: entries.map((e) => e.observation),
  }
}

function rateVerdict<B extends Bucket>(
  spec: RateSpec,
  series: ReadonlyArray<B | SourceFailure>,
  count: (b: B) => { failures: number; trials: number },
  now: number,
  t: Thresholds,
): SignalVerdict {
  const { usable, incompleteSeen } = split(series, now)
  const entries = usable.map((s) => {
    if (isSourceFailure(s)) return failureEntry(s)
    const { failures, trials } = count(s as B)
    return rateEntry(spec, s.at, failures, trials, t.confidence)
  })
  const confirm = pooledAbove(spec.threshold, t.confidence)
  const judged = judgeSeries(entries, t.consecutiveBuckets, { incompleteSeen, confirm })
  const verdict = verdictOf(spec.signal, spec.threshold, judged, entries)
  const seen =
    verdict.value === undefined ? '' : `${spec.label} ${percent(verdict.value)} of ${verdict.samples}`
  let reason: string
  if (judged.verdict === 'FAIL') {
    const { failures, trials } = pooled(judged.streak)
    const { lower } = wilsonBounds(failures, trials, t.confidence)
    reason =
      `${spec.label} ${percent(failures / trials)} of ${trials} over ${judged.streak.length} buckets in a row, ` +
      `at least ${percent(lower)} at ${percent(t.confidence)} confidence: above ${percent(spec.threshold)}`
  } else if (judged.verdict === 'PASS') {
    reason = `${seen}: not above ${percent(spec.threshold)}`
  } else {
    reason = inconclusiveReason(verdict, seen, t.consecutiveBuckets)
  }
  return { ...verdict, reason }
}

/** The HTTP error rate of the deployed release. */
export function errorRateVerdict(
  series: ReadonlyArray<HttpBucket | SourceFailure>,
  now: number,
  t: Thresholds,
): SignalVerdict {
  const spec = {
    signal: 'error-rate',
    label: 'error rate',
    threshold: t.errorRate,
    min: t.minRequests,
  } as const
  return rateVerdict(spec, series, (b) => ({ failures: b.errors, trials: b.requests }), now, t)
}

/** The share of WebSocket connection attempts that failed. */
export function websocketVerdict(
  series: ReadonlyArray<WebSocketBucket | SourceFailure>,
  now: number,
  t: Thresholds,
): SignalVerdict {
  const spec = {
    signal: 'websocket-failures',
    label: 'WebSocket failures',
    threshold: t.websocketFailureRate,
    min: t.minWebsocketAttempts,
  } as const
  return rateVerdict(spec, series, (b) => ({ failures: b.failures, trials: b.attempts }), now, t)
}

/**
 * Response time P95. A P95 of a handful of requests is one slow request, so a bucket counts only
 * with the same minimum of requests as the error rate; its value is compared as given.
 */
export function p95Verdict(
  series: ReadonlyArray<HttpBucket | SourceFailure>,
  now: number,
  t: Thresholds,
): SignalVerdict {
  const { usable, incompleteSeen } = split(series, now)
  const entries = usable.map((s): SeriesEntry => {
    if (isSourceFailure(s)) return failureEntry(s)
    const observation = { at: s.at, value: s.p95Ms, samples: s.requests }
    if (s.p95Ms === undefined)
      return { observation: { ...observation, outcome: 'unusable' }, cause: 'no-data' }
    if (s.requests < t.minRequests) {
      return { observation: { ...observation, outcome: 'unusable' }, cause: 'too-few-samples' }
    }
    return { observation: { ...observation, outcome: s.p95Ms > t.p95Ms ? 'fail' : 'pass' } }
  })
  const judged = judgeSeries(entries, t.consecutiveBuckets, { incompleteSeen })
  const verdict = verdictOf('p95', t.p95Ms, judged, entries)
  const seen =
    verdict.value === undefined ? '' : `P95 ${Math.round(verdict.value)} ms over ${verdict.samples} requests`
  const reason =
    judged.verdict === 'FAIL'
      ? `${seen}: above ${t.p95Ms} ms in ${judged.streak.length} buckets in a row`
      : judged.verdict === 'PASS'
        ? `${seen}: not above ${t.p95Ms} ms`
        : inconclusiveReason(verdict, seen, t.consecutiveBuckets)
  return { ...verdict, reason }
}
