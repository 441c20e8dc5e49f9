/**
 * The health check response format for HTTP APIs (`application/health+json`,
 * draft-inadarei-api-health-check): `status` pass/warn/fail, `releaseId`, `version`, and a
 * `checks` map of `"component:measurement"` to a list of observations with their own status.
 * Pure parsing, tolerant of the common variants seen in the wild (`ok`/`up`/`healthy`).
 */

/** A status in the format's three values. */
export type HealthStatus = 'pass' | 'warn' | 'fail'

/** What a health body says, reduced to what the deploy and the monitor judge. */
export interface HealthBody {
  status?: HealthStatus
  releaseId?: string
  version?: string
  /** Worst status of each check's observations. */
  checks: Record<string, HealthStatus>
}

// The draft names `ok`/`up` and `error`/`down` as aliases for NodeJS and Java ecosystems.
const ALIASES: Record<string, HealthStatus> = {
  pass: 'pass',
  ok: 'pass',
  up: 'pass',
  healthy: 'pass',
  warn: 'warn',
  degraded: 'warn',
  fail: 'fail',
  error: 'fail',
  down: 'fail',
  unhealthy: 'fail',
}

const RANK: Record<HealthStatus, number> = { pass: 0, warn: 1, fail: 2 }

/** The format's status for a raw value, or undefined when it is not one. */
export function toHealthStatus(value: unknown): HealthStatus | undefined {
  return typeof value === 'string' ? ALIASES[value.trim().toLowerCase()] : undefined
}

/** The worse of two statuses. */
export function worst(a: HealthStatus, b: HealthStatus): HealthStatus {
  return RANK[a] >= RANK[b] ? a : b
}

/**
 * Reads a parsed health body. Anything that is not an object yields no status and no checks
 * (a plain `OK` text body is judged by its HTTP status alone).
 */
export function parseHealthBody(body: unknown): HealthBody {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { checks: {} }
  const record = body as Record<string, unknown>
  const parsed: HealthBody = { checks: parseChecks(record.checks) }
  const status = toHealthStatus(record.status)
  if (status) parsed.status = status
  if (typeof record.releaseId === 'string' || typeof record.releaseId === 'number') {
    parsed.releaseId = String(record.releaseId)
  }
  if (typeof record.version === 'string' || typeof record.version === 'number') {
    parsed.version = String(record.version)
  }
  return parsed
}

/**
 * `checks` maps a key to an array of observations; a lone object is accepted as one observation.
 * An observation without a readable status counts as `warn`: the service reported the check
 * but not its outcome, which is worth a look but is not a failure.
 */
function parseChecks(raw: unknown): Record<string, HealthStatus> {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {}
  const checks: Record<string, HealthStatus> = {}
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const observations = Array.isArray(value) ? value : [value]
    let status: HealthStatus | undefined
    for (const observation of observations) {
      const own = toHealthStatus((observation as { status?: unknown } | null)?.status) ?? 'warn'
      status = status ? worst(status, own) : own
    }
    if (status) checks[key] = status
  }
  return checks
}
