/**
 * The judges compared on the same samples: launchgate's decision, and a naive peer that does what
 * a plain threshold alert does (raw ratio of the latest bucket, one probe is enough), once with
 * "no data" counted as a failure (Argo's and Flagger's "no values found") and once as a pass.
 */
import { decide } from '../../src/monitor/decide.js'
import {
  isComplete,
  isSourceFailure,
  type HttpBucket,
  type Sample,
  type WebSocketBucket,
} from '../../src/monitor/samples.js'
import { PLAN_THRESHOLDS } from '../../src/monitor/thresholds.js'

/** A judge's answer for one run; `cause` tells a rollback on data from one on missing data. */
export interface RunJudgement {
  rollback: boolean
  cause?: 'signal' | 'no-data'
}

export interface Judge {
  name: string
  judge(samples: readonly Sample[], deployedAt: number, now: number): RunJudgement
}

export const launchgate: Judge = {
  name: 'launchgate',
  judge(samples, deployedAt, now) {
    const result = decide({
      deployedAt,
      now,
      samples,
      thresholds: PLAN_THRESHOLDS,
      sources: ['http', 'websocket', 'health', 'security-alert'],
    })
    return result.decision === 'rollback' ? { rollback: true, cause: 'signal' } : { rollback: false }
  },
}

type Reading = 'fail' | 'pass' | 'no-data'

function latestBucket<B extends HttpBucket | WebSocketBucket>(
  samples: readonly Sample[],
  signal: B['signal'],
  now: number,
) {
  const own = samples.filter((s) => s.signal === signal)
  if (own.some(isSourceFailure)) return undefined
  return (own as B[]).filter((b) => isComplete(b, now)).at(-1)
}

function naiveReadings(samples: readonly Sample[], now: number): Reading[] {
  const t = PLAN_THRESHOLDS
  const http = latestBucket<HttpBucket>(samples, 'http', now)
  const ws = latestBucket<WebSocketBucket>(samples, 'websocket', now)
  const readings: Reading[] = []
  if (http === undefined || http.requests === 0) readings.push('no-data', 'no-data')
  else {
    readings.push(http.errors / http.requests > t.errorRate ? 'fail' : 'pass')
    readings.push(http.p95Ms === undefined ? 'no-data' : http.p95Ms > t.p95Ms ? 'fail' : 'pass')
  }
  if (ws === undefined || ws.attempts === 0) readings.push('no-data')
  else readings.push(ws.failures / ws.attempts > t.websocketFailureRate ? 'fail' : 'pass')
  for (const s of samples) {
    if (s.signal !== 'health' && s.signal !== 'security-alert') continue
    if (isSourceFailure(s)) readings.push('no-data')
    else if (s.signal === 'health') readings.push(s.ok && s.checks?.database !== 'fail' ? 'pass' : 'fail')
    else if (s.severity === 'critical') readings.push('fail')
  }
  return readings
}

/** The naive peer; `noDataFails` says what it does when a query fails or a bucket is empty. */
export function naive(noDataFails: boolean): Judge {
  return {
    name: noDataFails ? 'naive (no data = fail)' : 'naive (no data = pass)',
    judge(samples, _deployedAt, now) {
      const readings = naiveReadings(samples, now)
      if (readings.includes('fail')) return { rollback: true, cause: 'signal' }
      if (noDataFails && readings.includes('no-data')) return { rollback: true, cause: 'no-data' }
      return { rollback: false }
    },
  }
}
