/**
 * The HTTP signals of the deployed release from Sentry: `events-timeseries` of its transactions
 * (request count, failure rate, P95) in buckets since the deploy, and the issues first seen in
 * the release as evidence. A query that fails (401, 429 after retries, a timeout) becomes a
 * `SourceFailure`: the decision then says INCONCLUSIVE, never FAIL, and never PASS.
 */
import { ApiError, describeError } from '../../errors.js'
import type { SentryClient } from '../../sentry/client.js'
import type { TimeseriesBucket } from '../../sentry/types.js'
import type { EvidenceItem, SignalSource, SourceReading, WatchedDeployment } from '../ports.js'
import type { HttpBucket, SourceFailure } from '../samples.js'

const MINUTE = 60_000

/** The aggregates of one query: traffic, the share that failed, and the latency percentile. */
export const HTTP_AXES = {
  count: 'count()',
  failureRate: 'failure_rate()',
  p95: 'p95(span.duration)',
} as const

/** Options of {@link SentrySource}. */
export interface SentrySourceOptions {
  /** Bucket size; the plan's 5 minutes by default. */
  intervalMinutes?: number
  environment?: string
  /** The Sentry release of a deployed sha (the deploy creates it); the sha itself by default. */
  release?: (sha: string) => string
  /** For links in the evidence: the region's base URL and the organization. */
  links?: { baseUrl: string; org: string }
}

/** The failure sample of a source that could not be read. */
export function sourceFailure(signal: SourceFailure['signal'], at: number, error: unknown): SourceFailure {
  const status = error instanceof ApiError ? error.status : undefined
  return { signal, at, error: { ...(status === undefined ? {} : { status }), message: describeError(error) } }
}

/**
 * Joins the three series into buckets. `errors` is the failure rate times the count, rounded: the
 * failed transactions of the bucket. A bucket whose count is missing has no traffic.
 */
export function httpBuckets(axes: Record<string, TimeseriesBucket[]>, intervalMs: number): HttpBucket[] {
  const counts = axes[HTTP_AXES.count] ?? []
  const rates = new Map((axes[HTTP_AXES.failureRate] ?? []).map((b) => [b.startMs, b]))
  const p95s = new Map((axes[HTTP_AXES.p95] ?? []).map((b) => [b.startMs, b]))
  return counts.map((bucket) => {
    const requests = Math.max(0, Math.round(bucket.value ?? 0))
    const rate = rates.get(bucket.startMs)
    const p95 = p95s.get(bucket.startMs)?.value
    const complete = !bucket.incomplete && rate?.incomplete !== true
    const sample: HttpBucket = {
      signal: 'http',
      at: bucket.startMs,
      end: bucket.startMs + intervalMs,
      complete,
      requests,
      errors: Math.min(requests, Math.round((rate?.value ?? 0) * requests)),
    }
    // A percentile of nothing is "no value", not 0 ms.
    if (p95 !== null && p95 !== undefined && requests > 0) sample.p95Ms = p95
    return sample
  })
}

/** {@link SignalSource} `http` over Sentry. */
export class SentrySource implements SignalSource {
  readonly source = 'http' as const
  private readonly intervalMs: number

  constructor(
    private readonly client: SentryClient,
    private readonly options: SentrySourceOptions = {},
  ) {
    this.intervalMs = (options.intervalMinutes ?? 5) * MINUTE
  }

  async read(deployment: WatchedDeployment, now: number): Promise<SourceReading> {
    const release = (this.options.release ?? ((sha) => sha))(deployment.sha)
    const [samples, evidence] = await Promise.all([
      this.buckets(release, deployment.deployedAt, now),
      this.newIssues(release, deployment.deployedAt, now),
    ])
    return { samples, evidence: [...this.releaseLink(release), ...evidence] }
  }

  private async buckets(release: string, deployedAt: number, now: number) {
    // Aligned on the bucket grid; the bucket that straddles the deploy is dropped by the decision.
    const start = Math.floor(deployedAt / this.intervalMs) * this.intervalMs
    try {
      const series = await this.client.eventsTimeseries({
        dataset: 'spans',
        yAxis: Object.values(HTTP_AXES),
        query: `release:${release} is_transaction:true`,
        interval: this.intervalMs / 1000,
        start: new Date(start),
        end: new Date(now),
        environment: this.options.environment,
      })
      return httpBuckets(series.byYAxis, this.intervalMs)
    } catch (error) {
      return [sourceFailure('http', now, error)]
    }
  }

  /** Issues first seen in the release: not a trigger on their own, but the first thing to read. */
  private async newIssues(release: string, deployedAt: number, now: number): Promise<EvidenceItem[]> {
    try {
      const issues = await this.client.listIssues({
        query: `is:unresolved firstRelease:${release}`,
        start: new Date(deployedAt),
        end: new Date(now),
        environment: this.options.environment,
        sort: 'new',
        limit: 25,
        maxPages: 1,
      })
      return issues.map((issue) => ({
        title: `Sentry ${issue.shortId}: ${issue.title}`,
        url: issue.permalink,
        detail: `${issue.level}, ${issue.count} events, first seen ${issue.firstSeen ?? '?'}`,
      }))
    } catch (error) {
      return [{ title: 'New Sentry issues could not be read', detail: describeError(error) }]
    }
  }

  private releaseLink(release: string): EvidenceItem[] {
    const links = this.options.links
    if (!links) return []
    const url = `${links.baseUrl.replace(/\/+$/, '')}/organizations/${encodeURIComponent(links.org)}/releases/${encodeURIComponent(release)}/`
    return [{ title: `Sentry release ${release}`, url }]
  }
}
