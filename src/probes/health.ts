/**
 * One probe of an app's health endpoint: status, latency, release and checks. A probe is a
 * measurement, not an API call, so it is never retried (a retry would hide the failure being
 * measured) and it never throws: an unreachable or failing endpoint is `ok: false` with the reason.
 */
import { redact } from '../http/redact.js'
import { parseHealthBody, type HealthStatus } from './health-format.js'
import { httpGet, ProbeTimeoutError } from './http-get.js'

/** The result of one health probe. */
export interface HealthProbe {
  /** When the probe started, ISO 8601. */
  at: string
  /** 2xx, overall status not `fail`, and no check failing. */
  ok: boolean
  status?: number
  latencyMs: number
  releaseId?: string
  version?: string
  /** Worst status of each check, e.g. `{ 'database:connection': 'pass' }`. */
  checks: Record<string, HealthStatus>
  /** Why the probe is not ok; absent when it is. */
  error?: string
}

/** Options of {@link probeHealth}. */
export interface HealthProbeOptions {
  /** Budget for the whole exchange, body included. */
  timeoutMs: number
  /** E.g. an API key the endpoint requires; never echoed in `error`. */
  headers?: Record<string, string>
}

/**
 * Probes a health endpoint once.
 * @param url the endpoint, e.g. `https://api.example.com/api/health`
 * @returns the probe; never rejects
 */
export async function probeHealth(url: string, options: HealthProbeOptions): Promise<HealthProbe> {
  const at = new Date().toISOString()
  const started = performance.now()
  const secrets = Object.values(options.headers ?? {})
  const elapsed = () => Math.round(performance.now() - started)
  try {
    const response = await httpGet(url, {
      headers: { accept: 'application/health+json, application/json;q=0.9, */*;q=0.1', ...options.headers },
      timeoutMs: options.timeoutMs,
    })
    const text = response.text
    const latencyMs = elapsed()
    const body = parseHealthBody(parseJson(text))
    const probe: HealthProbe = { at, ok: false, status: response.status, latencyMs, checks: body.checks }
    if (body.releaseId !== undefined) probe.releaseId = body.releaseId
    if (body.version !== undefined) probe.version = body.version
    const error = judge(response.status, body.status, body.checks)
    if (error) probe.error = redact(error, secrets)
    else probe.ok = true
    return probe
  } catch (error) {
    const reason = redact(describe(error), secrets)
    return { at, ok: false, latencyMs: elapsed(), checks: {}, error: reason }
  }
}

/** Why a received answer is unhealthy, or undefined when it is healthy. */
function judge(httpStatus: number, status: HealthStatus | undefined, checks: Record<string, HealthStatus>) {
  const failing = Object.entries(checks)
    .filter(([, s]) => s === 'fail')
    .map(([name]) => name)
  const reasons: string[] = []
  if (httpStatus < 200 || httpStatus > 299) reasons.push(`HTTP ${httpStatus}`)
  if (status === 'fail') reasons.push('status fail')
  if (failing.length > 0) reasons.push(`failing checks: ${failing.join(', ')}`)
  return reasons.length > 0 ? reasons.join('; ') : undefined
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

/** The socket's error code says more than its message (`connect ECONNREFUSED 127.0.0.1:9`). */
function describe(error: unknown): string {
  if (error instanceof ProbeTimeoutError) return error.message
  const code = (error as { code?: unknown } | undefined)?.code
  if (typeof code === 'string') return `unreachable (${code})`
  return error instanceof Error ? error.message : String(error)
}
