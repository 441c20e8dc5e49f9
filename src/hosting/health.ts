/**
 * A health endpoint as a host: the target is live once its health-check response
 * (`application/health+json`) names our commit as `releaseId` or `version`.
 */
import { probeHealth } from '../probes/health.js'
import type { Host, HostObservation } from './types.js'
import type { HealthProbe } from '../probes/health.js'

export interface HealthHostOptions {
  name: string
  healthUrl: string
  url?: string
  timeoutMs?: number
}

// A version may be an abbreviated sha; shorter prefixes are too ambiguous to count as ours.
const MIN_SHA_PREFIX = 7

/** True when the release the endpoint reports is `sha` (full, or an abbreviation of it). */
export function reportsSha(reported: string | undefined, sha: string): boolean {
  if (!reported) return false
  const value = reported.trim().toLowerCase()
  return (
    value === sha.toLowerCase() ||
    (value.length >= MIN_SHA_PREFIX && /^[0-9a-f]+$/.test(value) && sha.toLowerCase().startsWith(value))
  )
}

/** What one probe says about `sha`: pure. */
export function healthObservation(probe: HealthProbe, sha: string): HostObservation {
  const serving = probe.releaseId ?? probe.version
  if (reportsSha(probe.releaseId, sha) || reportsSha(probe.version, sha)) {
    const health = probe.ok
      ? 'healthy'
      : `but unhealthy (${probe.error ?? 'status fail'}); the smoke tests will tell`
    return { phase: 'live', detail: `serving ${sha.slice(0, 12)}, ${health}` }
  }
  if (serving) return { phase: 'pending', detail: `still serving ${serving.slice(0, 12)}` }
  return {
    phase: 'pending',
    detail: probe.error
      ? `no answer yet: ${probe.error}`
      : 'the health response names no releaseId or version',
  }
}

/** A health endpoint as a {@link Host}. */
export function healthHost(options: HealthHostOptions): Host {
  return {
    name: options.name,
    kind: 'health',
    url: options.url ?? new URL('/', options.healthUrl).toString().replace(/\/$/, ''),
    async observe(sha) {
      return healthObservation(
        await probeHealth(options.healthUrl, { timeoutMs: options.timeoutMs ?? 10_000 }),
        sha,
      )
    },
  }
}
