/**
 * The numbers a decision is judged against: the plan's rollback triggers plus the evidence each
 * needs. One shape for the config file (kebab-case), the replay file (camelCase) and the code.
 */
import type { z } from 'zod'
import type { monitorSchema } from '../config/sections/monitor.js'

type MonitorConfig = z.output<typeof monitorSchema>

export interface Thresholds {
  /** Share of failed HTTP requests above which the release is bad (plan: 5%). */
  errorRate: number
  /** Share of failed WebSocket connections (plan: 10%). */
  websocketFailureRate: number
  /** Response time P95 in milliseconds (plan: 5 s). */
  p95Ms: number
  /** Requests a bucket needs before its error rate or P95 counts. */
  minRequests: number
  /** WebSocket attempts a bucket needs before its failure rate counts. */
  minWebsocketAttempts: number
  /** Failing probes among the last `2n − 1` that confirm a health or check failure (a hard signal). */
  healthProbes: number
  /** Failing buckets in a row before a soft signal fails. */
  consecutiveBuckets: number
  /** One-sided confidence of the Wilson bound a failure rate must clear. */
  confidence: number
}

/** The launch plan's triggers and this tool's evidence defaults; the config schema has the same. */
export const PLAN_THRESHOLDS: Readonly<Thresholds> = Object.freeze({
  errorRate: 0.05,
  websocketFailureRate: 0.1,
  p95Ms: 5000,
  minRequests: 100,
  minWebsocketAttempts: 20,
  healthProbes: 3,
  consecutiveBuckets: 2,
  confidence: 0.95,
})

/** The thresholds of a validated `monitor` config section. */
export function thresholdsFromConfig(config: MonitorConfig): Thresholds {
  return {
    errorRate: config.thresholds['error-rate'],
    websocketFailureRate: config.thresholds['websocket-failure-rate'],
    p95Ms: config.thresholds['p95-ms'],
    minRequests: config['min-samples'].requests,
    minWebsocketAttempts: config['min-samples']['websocket-attempts'],
    healthProbes: config['min-samples']['health-probes'],
    consecutiveBuckets: config['consecutive-buckets'],
    confidence: config.confidence,
  }
}

/** Later layers win key by key: plan defaults, then the config file, then a replay file. */
export function mergeThresholds(
  base: Thresholds,
  ...overrides: Array<Partial<Thresholds> | undefined>
): Thresholds {
  const out = { ...base }
  for (const override of overrides) {
    for (const [key, value] of Object.entries(override ?? {}) as Array<
      [keyof Thresholds, number | undefined]
    >) {
      if (value !== undefined) out[key] = value
    }
  }
  return out
}
