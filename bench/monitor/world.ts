/**
 * A simulated 4-hour post-deploy window: the truth of every 5-minute bucket (traffic, errors, P95,
 * WebSocket attempts), the cron wake-ups of the workflow, and what a run would read from its
 * sources at a given moment, with the data problems of real sources (API errors, 429s, missing
 * buckets, buckets still filling, traffic gaps).
 */
import type { Sample } from '../../src/monitor/samples.js'
import type { Rng } from './rng.js'

export const MINUTE = 60_000
export const BUCKET_MIN = 5
/** Sentry makes a bucket complete about a minute after it closes. */
export const INGEST_LAG_MIN = 1
export const WINDOW_MIN = 240
/** Health probes per run, a few seconds apart. */
export const PROBES_PER_RUN = 5
export const DEPLOYED_AT = Date.parse('2026-01-10T17:00:00Z')

/** How the sources and the scheduler behave. */
export interface Operations {
  /** Chance that a run's query of a source fails (HTTP 500 or 429). */
  apiErrorRate: number
  /** Chance that a bucket is absent from the source's answer. */
  missingBucketRate: number
  /** Chance per bucket that a traffic gap (1 to 4 buckets with almost no traffic) starts. */
  gapRate: number
  /** Chance that GitHub skips a scheduled wake-up. */
  skipRate: number
  /** Wake-ups run late by up to this many minutes. */
  maxDelayMin: number
}

export type FaultKind = 'error-rate' | 'websocket' | 'p95' | 'health' | 'database' | 'security'

export interface Scenario {
  id: string
  label: string
  /** Share of windows with low traffic (10 to 150 requests per bucket instead of 300 to 3000). */
  lowTrafficShare: number
  ops: Operations
  fault?: { kind: FaultKind; onset: 'deploy' | 'random' }
}

interface BucketTruth {
  start: number
  requests: number
  errors: number
  p95Ms?: number
  attempts: number
  failures: number
  missing: boolean
}

/** One window: the buckets' truth, when the fault starts (minutes), and the wake-ups (minutes). */
export interface Window {
  scenario: Scenario
  buckets: BucketTruth[]
  onsetMin?: number
  wakeUps: number[]
}

/** The share of a bucket [start, start+5) that lies after the fault's onset. */
function faultShare(start: number, onset: number | undefined): number {
  if (onset === undefined) return 0
  return Math.min(1, Math.max(0, (start + BUCKET_MIN - onset) / BUCKET_MIN))
}

/** Draws the truth of one window. */
export function simulateWindow(scenario: Scenario, rng: Rng): Window {
  const { ops, fault } = scenario
  const low = rng.chance(scenario.lowTrafficShare)
  const traffic = low ? rng.between(10, 150) : rng.between(300, 3000)
  const baseErrors = rng.between(0.002, 0.02)
  const baseWsFailures = rng.between(0.005, 0.03)
  const medianMs = rng.between(150, 600)
  const sigma = rng.between(0.5, 0.9)
  const onsetMin = fault === undefined ? undefined : fault.onset === 'deploy' ? 0 : rng.between(10, 200)
  const soft = fault?.kind
  const buckets: BucketTruth[] = []
  let gapLeft = 0
  for (let start = 0; start < WINDOW_MIN; start += BUCKET_MIN) {
    if (gapLeft === 0 && rng.chance(ops.gapRate)) gapLeft = 1 + Math.floor(rng.uniform() * 4)
    const inGap = gapLeft > 0
    if (gapLeft > 0) gapLeft--
    const requests = rng.count(traffic * rng.lognormal(0, 0.2) * (inGap ? 0.02 : 1))
    const share = faultShare(start, onsetMin)
    // Healthy rates wander bucket to bucket (overdispersion), which a binomial alone would not.
    const healthyRate = Math.min(0.04, baseErrors * rng.lognormal(0, 0.35))
    const errorRate = soft === 'error-rate' ? (1 - share) * healthyRate + share * 0.1 : healthyRate
    const attempts = rng.count(requests * 0.1)
    const healthyWs = Math.min(0.08, baseWsFailures * rng.lognormal(0, 0.35))
    const wsRate = soft === 'websocket' ? (1 - share) * healthyWs + share * 0.2 : healthyWs
    // P95 of n log-normal latencies: the sample quantile is about normal around the true one.
    const mu = Math.log(medianMs) + 0.15 * rng.normal()
    const faultMu = Math.log(10_000) - 1.645 * sigma
    const bucketMu = soft === 'p95' && share >= 0.5 ? faultMu : mu
    const spread = requests > 0 ? Math.sqrt(0.0475 / requests) / 0.1031 : 0
    buckets.push({
      start,
      requests,
      errors: rng.binomial(requests, errorRate),
      p95Ms: requests > 0 ? Math.exp(bucketMu + sigma * (1.645 + spread * rng.normal())) : undefined,
      attempts,
      failures: rng.binomial(attempts, wsRate),
      missing: rng.chance(ops.missingBucketRate),
    })
  }
  // The cron fires every 5 minutes of the wall clock; the deploy lands anywhere between two ticks.
  const offset = rng.between(0, 5)
  const wakeUps: number[] = []
  for (let tick = 5 - offset; tick <= WINDOW_MIN + 10; tick += 5) {
    if (!rng.chance(ops.skipRate)) wakeUps.push(tick + rng.between(0, ops.maxDelayMin))
  }
  return { scenario, buckets, onsetMin, wakeUps }
}

function sourceError(signal: Sample['signal'], at: number, rng: Rng): Sample {
  const limited = rng.chance(0.3)
  return {
    signal,
    at,
    error: { status: limited ? 429 : 500, message: limited ? 'rate limited' : 'server error' },
  }
}

/** Whether a hard fault is active at a minute. */
function hardFault(window: Window, kind: FaultKind, minute: number): boolean {
  return window.scenario.fault?.kind === kind && window.onsetMin !== undefined && minute >= window.onsetMin
}

/**
 * What a run at `minute` reads: every bucket since the deploy (the last ones still filling), three
 * health probes, the security alerts; each source may fail as a whole.
 */
export function observe(window: Window, minute: number, rng: Rng): Sample[] {
  const now = DEPLOYED_AT + minute * MINUTE
  const { ops } = window.scenario
  const samples: Sample[] = []
  for (const signal of ['http', 'websocket'] as const) {
    if (rng.chance(ops.apiErrorRate)) {
      samples.push(sourceError(signal, now, rng))
      continue
    }
    for (const b of window.buckets) {
      if (b.start >= minute || b.missing) continue
      const end = b.start + BUCKET_MIN
      const fill = Math.min(1, (minute - b.start) / BUCKET_MIN)
      const complete = end + INGEST_LAG_MIN <= minute
      const at = DEPLOYED_AT + b.start * MINUTE
      const part = (n: number) => (complete ? n : Math.floor(n * fill))
      if (signal === 'http') {
        samples.push({
          signal,
          at,
          end: DEPLOYED_AT + end * MINUTE,
          complete,
          requests: part(b.requests),
          errors: part(b.errors),
          p95Ms: b.p95Ms,
        })
      } else {
        samples.push({
          signal,
          at,
          end: DEPLOYED_AT + end * MINUTE,
          complete,
          attempts: part(b.attempts),
          failures: part(b.failures),
        })
      }
    }
  }
  // The run probes first and decides after, so its probes are a few seconds before its clock.
  for (let i = 0; i < PROBES_PER_RUN; i++) {
    const at = now - (PROBES_PER_RUN - 1 - i) * 5000
    if (rng.chance(0.01)) {
      samples.push(sourceError('health', at, rng))
      continue
    }
    const down = hardFault(window, 'health', minute) && rng.chance(0.97)
    const dbDown = hardFault(window, 'database', minute) && rng.chance(0.97)
    // A healthy app still drops the odd probe (a restart, a slow GC pause).
    const blip = rng.chance(0.01)
    if (down || blip) samples.push({ signal: 'health', at, ok: false, status: 503 })
    else
      samples.push({
        signal: 'health',
        at,
        ok: !dbDown,
        status: dbDown ? 503 : 200,
        checks: { database: dbDown ? 'fail' : 'pass' },
      })
  }
  if (rng.chance(ops.apiErrorRate)) samples.push(sourceError('security-alert', now, rng))
  else if (hardFault(window, 'security', minute)) {
    samples.push({
      signal: 'security-alert',
      at: DEPLOYED_AT + window.onsetMin! * MINUTE,
      severity: 'critical',
      summary: 'RCE in a dependency',
    })
  }
  return samples
}
