/**
 * The app's own answers, measured by the monitor: several health probes per run (status, latency,
 * the `checks` such as the database) and several WebSocket connects per run (their failure share,
 * one bucket per run). Probes never throw; a refused connection is a failed probe, which is data.
 */
import {
  probeHealth,
  probeMany,
  probeWebSocket,
  type HealthProbe as ProbeResult,
} from '../../probes/index.js'
import { setTimeout as delay } from 'node:timers/promises'
import { awaitsSecondBurst } from '../hard-signals.js'
import type { SignalSource, SourceReading, WatchedDeployment } from '../ports.js'
import type { HealthProbe, Sample } from '../samples.js'

/** Options shared by both probe sources. */
export interface ProbeOptions {
  url: string
  /** Probes per run. */
  probes: number
  timeoutMs: number
  /** Delay between probe starts; 200 ms by default. */
  spacingMs?: number
  headers?: Record<string, string>
  /** Failed probes that confirm a health failure (the thresholds' `healthProbes`); 3 by default. */
  required?: number
  /** Pause before the burst that confirms probes that got no answer; 1 s by default. */
  confirmAfterMs?: number
}

/** Whether the release an endpoint reports is the deployed sha (either may be abbreviated). */
export function sameRelease(reported: string, sha: string): boolean {
  const a = reported.trim().toLowerCase()
  const b = sha.toLowerCase()
  return a.length >= 7 && (b.startsWith(a) || a.startsWith(b))
}

/**
 * One probe as a sample. A healthy answer from another release is not evidence about this one:
 * it is recorded as a source failure (INCONCLUSIVE, and "blind" if it lasts), never as a pass.
 */
export function healthSample(probe: ProbeResult, sha: string, at: number): Sample {
  if (
    probe.releaseId !== undefined &&
    /^[0-9a-f]{7,40}$/i.test(probe.releaseId) &&
    !sameRelease(probe.releaseId, sha)
  ) {
    const message = `the health endpoint reports release ${probe.releaseId}, not the deployed ${sha.slice(0, 12)}`
    return { signal: 'health', at, error: { message } }
  }
  const sample: HealthProbe = {
    signal: 'health',
    at,
    ok: probe.ok,
    latencyMs: probe.latencyMs,
    checks: probe.checks,
  }
  if (probe.status !== undefined) sample.status = probe.status
  return sample
}

/** {@link SignalSource} `health`: the health endpoint, probed `probes` times a run. */
export class HealthSource implements SignalSource {
  readonly source = 'health' as const

  constructor(private readonly options: ProbeOptions) {}

  async read(deployment: WatchedDeployment, now: number): Promise<SourceReading> {
    const { url, timeoutMs, headers } = this.options
    const burst = (timeout: number) =>
      probeMany(this.options.probes, () => probeHealth(url, { timeoutMs: timeout, headers }), {
        spacingMs: this.options.spacingMs,
      })
    // Stamped with the run's clock: a run's probes are one moment of the decision, in order.
    const samples = (await burst(timeoutMs)).map((p) => healthSample(p, deployment.sha, now))
    const probes = samples.filter((s): s is HealthProbe => s.signal === 'health' && !('error' in s))
    if (!awaitsSecondBurst(probes, this.options.required ?? 3)) return { samples }
    // No answer within the timeout, in one burst: once more, slower, before it may roll back.
    await delay(this.options.confirmAfterMs ?? 1000)
    const second = (await burst(timeoutMs * 2)).map((p) => healthSample(p, deployment.sha, now))
    return { samples: [...samples, ...second.map((s) => ('error' in s ? s : { ...s, burst: 1 }))] }
  }
}

/** {@link SignalSource} `websocket`: `probes` connects (with a ping and its pong) as one bucket. */
export class WebSocketSource implements SignalSource {
  readonly source = 'websocket' as const

  constructor(private readonly options: ProbeOptions & { message?: unknown }) {}

  async read(_deployment: WatchedDeployment, now: number): Promise<SourceReading> {
    const { url, timeoutMs, headers, message } = this.options
    const probes = await probeMany(
      this.options.probes,
      () => probeWebSocket(url, { timeoutMs, headers, message: message ?? { type: 'ping' } }),
      { spacingMs: this.options.spacingMs ?? 100 },
    )
    const failures = probes.filter((p) => !p.ok).length
    const errors = [...new Set(probes.flatMap((p) => (p.error ? [p.error] : [])))]
    return {
      samples: [
        { signal: 'websocket', at: now, end: now, complete: true, attempts: probes.length, failures },
      ],
      evidence: errors.slice(0, 3).map((e) => ({ title: 'WebSocket probe failed', detail: e })),
    }
  }
}
