/**
 * Pure helpers of the `events-timeseries` query: interval parsing and the conversion of
 * Sentry's answer into typed buckets that say whether they are complete.
 */
import { ConfigurationError } from '../errors.js'
import type { EventsTimeseries, TimeseriesBucket, TimeseriesSeries } from './types.js'

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 }

/**
 * Seconds in a bucket size: a number is already seconds, a string is `<n><s|m|h|d|w>` as in
 * Sentry's `statsPeriod`. The API takes an integer, so fractions are refused rather than rounded.
 */
export function intervalSeconds(interval: number | string): number {
  if (typeof interval === 'number') {
    if (Number.isInteger(interval) && interval > 0) return interval
  } else {
    const match = /^(\d+)([smhdw])$/.exec(interval.trim())
    if (match) return Number(match[1]) * UNIT_SECONDS[match[2]!]!
  }
  throw new ConfigurationError(
    `invalid Sentry interval ${JSON.stringify(interval)}: use whole seconds (300) or a duration such as 5m or 1h`,
  )
}

/** A date as the ISO 8601 text Sentry's `start`/`end` expect. */
export function isoDate(value: string | Date): string {
  const date = typeof value === 'string' ? new Date(value) : value
  if (Number.isNaN(date.getTime())) {
    throw new ConfigurationError(
      `invalid date ${JSON.stringify(String(value))}: use ISO 8601, e.g. 2026-01-10T17:00:00Z`,
    )
  }
  return date.toISOString()
}

/** The 200 body of `events-timeseries`, as far as launchgate reads it. */
export interface RawTimeseriesResponse {
  meta?: { dataset?: string }
  timeSeries: {
    yAxis: string
    groupBy?: { key: string; value: unknown }[]
    meta?: { valueType?: string; valueUnit?: string | null }
    values: {
      timestamp: number
      value: number | null
      incomplete?: boolean
      sampleCount?: number
      confidence?: 'low' | 'high' | null
    }[]
  }[]
}

/**
 * Typed buckets from Sentry's answer. A bucket is marked incomplete when Sentry says so or when
 * its interval ends after `nowMs`, since a partial bucket undercounts errors and traffic alike.
 * @param intervalMs the bucket size that was requested (Sentry's echo of it is not relied on)
 * @param nowMs the time of the query
 */
export function toEventsTimeseries(
  raw: RawTimeseriesResponse,
  request: { dataset: string; yAxis: string[]; intervalMs: number; nowMs: number },
): EventsTimeseries {
  const series: TimeseriesSeries[] = raw.timeSeries.map((s) => ({
    yAxis: s.yAxis,
    ...(s.groupBy && s.groupBy.length > 0 ? { groupBy: s.groupBy } : {}),
    valueType: s.meta?.valueType,
    valueUnit: s.meta?.valueUnit,
    buckets: [...s.values]
      .sort((a, b) => a.timestamp - b.timestamp)
      .map((v) => toBucket(v, request.intervalMs, request.nowMs)),
  }))
  const byYAxis: Record<string, TimeseriesBucket[]> = {}
  for (const axis of request.yAxis) {
    byYAxis[axis] = series.find((s) => s.yAxis === axis && !s.groupBy)?.buckets ?? []
  }
  return { dataset: raw.meta?.dataset ?? request.dataset, intervalMs: request.intervalMs, series, byYAxis }
}

function toBucket(
  v: RawTimeseriesResponse['timeSeries'][number]['values'][number],
  intervalMs: number,
  nowMs: number,
): TimeseriesBucket {
  const endMs = v.timestamp + intervalMs
  const bucket: TimeseriesBucket = {
    start: new Date(v.timestamp).toISOString(),
    end: new Date(endMs).toISOString(),
    startMs: v.timestamp,
    value: v.value ?? null,
    incomplete: v.incomplete === true || endMs > nowMs,
  }
  if (v.sampleCount !== undefined) bucket.sampleCount = v.sampleCount
  if (v.confidence !== undefined) bucket.confidence = v.confidence
  return bucket
}
