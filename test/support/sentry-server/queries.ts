/**
 * The query side of the fake: `events-timeseries` buckets built from the series a test set
 * (zero-filled like Sentry, the bucket still running marked incomplete), and a small subset of
 * Sentry's issue search (`is:`, `level:`, `firstRelease:`, `release:`, free text) over issues.
 */
import type { IssueRecord, SentryState, SeriesRule } from './state.js'

/** Sentry refuses queries that would return more buckets than this. */
export const MAX_BUCKETS = 10_000

/** A time window in epoch milliseconds. */
export interface Window {
  startMs: number
  endMs: number
}

/** The window of a request: `statsPeriod` back from now, or `start`/`end`, or the last 24 h. */
export function windowOf(query: URLSearchParams, nowMs: number): Window {
  const period = query.get('statsPeriod')
  if (period) return { startMs: nowMs - periodMs(period), endMs: nowMs }
  const start = query.get('start')
  const end = query.get('end')
  const endMs = end ? Date.parse(end) : nowMs
  return { startMs: start ? Date.parse(start) : endMs - 86_400_000, endMs }
}

function periodMs(period: string): number {
  const match = /^(\d+)([smhdw])$/.exec(period)
  if (!match) return 86_400_000
  const unit = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 }[match[2] as 's' | 'm' | 'h' | 'd' | 'w']
  return Number(match[1]) * unit * 1000
}

/** One series of the 200 body of `events-timeseries`. */
export function seriesBody(
  rule: SeriesRule | undefined,
  yAxis: string,
  window: Window,
  intervalMs: number,
  nowMs: number,
) {
  const first = Math.floor(window.startMs / intervalMs) * intervalMs
  const values: { timestamp: number; value: number; incomplete: boolean; sampleCount?: number }[] = []
  for (let t = first; t < window.endMs && values.length < MAX_BUCKETS; t += intervalMs) {
    const point = [...(rule?.points ?? [])].reverse().find((p) => {
      const at = typeof p.at === 'number' ? p.at : Date.parse(p.at)
      return at >= t && at < t + intervalMs
    })
    const bucket: (typeof values)[number] = {
      timestamp: t,
      value: point?.value ?? 0,
      incomplete: t + intervalMs > nowMs,
    }
    if (point?.sampleCount !== undefined) bucket.sampleCount = point.sampleCount
    values.push(bucket)
  }
  return {
    yAxis,
    values,
    // Sentry reports the interval of a series in milliseconds, like its timestamps.
    meta: { valueType: valueTypeOf(yAxis), valueUnit: unitOf(yAxis), interval: intervalMs },
  }
}

function valueTypeOf(yAxis: string): string {
  if (/^(count|failure_count|count_unique)\(/.test(yAxis)) return 'integer'
  if (/^failure_rate\(/.test(yAxis)) return 'percentage'
  if (/^p\d+\(|^avg\(/.test(yAxis)) return 'duration'
  return 'number'
}

function unitOf(yAxis: string): string | null {
  return valueTypeOf(yAxis) === 'duration' ? 'millisecond' : null
}

/** The issues a search returns, newest activity first (Sentry's default `date` sort). */
export function searchIssues(state: SentryState, query: URLSearchParams, nowMs: number): IssueRecord[] {
  const window = windowOf(query, nowMs)
  const environments = query.getAll('environment')
  const projects = query.getAll('project')
  const filters = tokens(query.get('query') ?? 'is:unresolved')
  const matches = state.issues.filter(
    (issue) =>
      Date.parse(issue.lastSeen) >= window.startMs &&
      Date.parse(issue.firstSeen) <= window.endMs &&
      (environments.length === 0 ||
        (issue.environment !== undefined && environments.includes(issue.environment))) &&
      (projects.length === 0 || projects.includes(issue.project)) &&
      filters.every((f) => f(issue)),
  )
  const sort = query.get('sort') ?? 'date'
  const key = (i: IssueRecord) => Date.parse(sort === 'new' ? i.firstSeen : i.lastSeen)
  return matches.sort((a, b) => key(b) - key(a))
}

type IssueFilter = (issue: IssueRecord) => boolean

/** Search tokens `key:value` (quoted values allowed) and free words matched against the title. */
function tokens(search: string): IssueFilter[] {
  const parts = search.match(/(?:[^\s"]+:"[^"]*"|"[^"]*"|\S+)/g) ?? []
  return parts.map((part) => {
    const match = /^(!?)([a-zA-Z.]+):(.*)$/.exec(part)
    if (!match) {
      const word = part.replace(/"/g, '').toLowerCase()
      return (issue) => issue.title.toLowerCase().includes(word)
    }
    const negate = match[1] === '!'
    const value = match[3]!.replace(/^"|"$/g, '')
    const test = filterFor(match[2]!, value)
    return (issue) => test(issue) !== negate
  })
}

function filterFor(key: string, value: string): IssueFilter {
  switch (key) {
    case 'is':
      return (issue) => issue.status === value
    case 'level':
      return (issue) => issue.level === value
    case 'issue.priority':
      return (issue) => issue.priority === value
    case 'firstRelease':
    case 'release':
      return (issue) => issue.firstRelease === value
    case 'environment':
      return (issue) => issue.environment === value
    default:
      // Keys the fake does not model do not filter, as with an unknown tag in Sentry.
      return () => true
  }
}
