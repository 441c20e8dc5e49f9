/**
 * The JSON output: exactly one document, `{ capability, ok, title, findings, ...data }`, with a stable
 * key order so two runs over the same input produce byte-identical files (diffable, cacheable).
 */
import type { Finding, Report } from './types.js'

/** Keys the report owns; `data` cannot overwrite them, so `ok` always means the gate's verdict. */
const RESERVED = new Set(['capability', 'ok', 'title', 'findings'])

/** Finding keys in the order they are written; anything else a caller smuggled in is dropped. */
const FINDING_KEYS: ReadonlyArray<keyof Finding> = [
  'rule',
  'severity',
  'message',
  'file',
  'line',
  'column',
  'endLine',
  'endColumn',
  'title',
  'fingerprint',
  'properties',
]

/**
 * Turns arbitrary data into plain JSON values: object keys sorted, `undefined` dropped, bigints as
 * strings, errors as `{ name, message }`, and cycles as `"[Circular]"`, so `JSON.stringify` can never throw.
 */
function plain(value: unknown, seen: Set<object>): unknown {
  if (typeof value === 'bigint') return value.toString()
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (value === null || typeof value !== 'object') return value
  if (seen.has(value)) return '[Circular]'
  seen.add(value)
  try {
    if (value instanceof Error) return { name: value.name, message: value.message }
    // Dates, URLs and similar objects say how they serialise; honour it as JSON.stringify would.
    const toJSON = (value as { toJSON?: unknown }).toJSON
    if (typeof toJSON === 'function') return plain(toJSON.call(value), seen)
    if (value instanceof Map) return plain(Object.fromEntries(value), seen)
    if (value instanceof Set || Array.isArray(value)) {
      // Inside arrays JSON writes `null` for functions and undefined; keep that so indexes do not shift.
      return Array.from(value, (item) =>
        item === undefined || typeof item === 'function' ? null : plain(item, seen),
      )
    }
    const out: Record<string, unknown> = {}
    for (const key of Object.keys(value).sort()) {
      const item = plain((value as Record<string, unknown>)[key], seen)
      if (item !== undefined && typeof item !== 'function' && typeof item !== 'symbol') out[key] = item
    }
    return out
  } finally {
    seen.delete(value)
  }
}

function findingJson(finding: Finding, lifted: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  // Lifted first, so a reader sees e.g. `agent` before the rule; a base key is never overwritten.
  for (const key of lifted) {
    const value = plain(finding.properties?.[key], new Set())
    if (value !== undefined && !(FINDING_KEYS as readonly string[]).includes(key)) out[key] = value
  }
  for (const key of FINDING_KEYS) {
    const value = plain(finding[key], new Set())
    if (value !== undefined) out[key] = value
  }
  return out
}

/** The JSON document as an object (the action writes it as a file, the CLI prints it). */
export function reportJson(report: Report): Record<string, unknown> {
  const doc: Record<string, unknown> = {
    capability: report.capability,
    ok: report.ok,
    title: report.title,
    findings: report.findings.map((f) => findingJson(f, report.findingFields ?? [])),
  }
  const data = plain(report.data ?? {}, new Set()) as Record<string, unknown>
  for (const [key, value] of Object.entries(data)) if (!RESERVED.has(key)) doc[key] = value
  return doc
}

/** Renders a report as one pretty-printed JSON document ending with a newline. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(reportJson(report), null, 2)}\n`
}
