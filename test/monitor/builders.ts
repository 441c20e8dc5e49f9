/** Small builders of samples for the monitor's tests: times in minutes after a fixed deploy. */
import type {
  HealthProbe,
  HttpBucket,
  SecurityAlert,
  SourceFailure,
  WebSocketBucket,
} from '../../src/monitor/samples.js'
import { PLAN_THRESHOLDS, type Thresholds } from '../../src/monitor/thresholds.js'

export const DEPLOYED_AT = Date.parse('2026-01-10T17:00:00Z')
export const at = (minute: number): number => DEPLOYED_AT + minute * 60_000

export const http = (minute: number, requests: number, errors: number, p95Ms?: number): HttpBucket => ({
  signal: 'http',
  at: at(minute),
  end: at(minute + 5),
  requests,
  errors,
  p95Ms,
})

export const ws = (minute: number, attempts: number, failures: number): WebSocketBucket => ({
  signal: 'websocket',
  at: at(minute),
  end: at(minute + 5),
  attempts,
  failures,
})

export const probe = (minute: number, ok: boolean, database?: 'pass' | 'fail'): HealthProbe => ({
  signal: 'health',
  at: at(minute),
  ok,
  status: ok ? 200 : 503,
  checks: database === undefined ? undefined : { database },
})

export const alert = (minute: number, severity: SecurityAlert['severity']): SecurityAlert => ({
  signal: 'security-alert',
  at: at(minute),
  severity,
  summary: `${severity} alert`,
})

export const failure = (signal: SourceFailure['signal'], minute: number, status?: number): SourceFailure => ({
  signal,
  at: at(minute),
  error: { status, message: status === 429 ? 'rate limited' : 'server error' },
})

export const thresholds = (override: Partial<Thresholds> = {}): Thresholds => ({
  ...PLAN_THRESHOLDS,
  ...override,
})
