/**
 * A sink reached by a value, as found by a language's walk, and the finding it becomes. The
 * message names the source, the variables the value went through and the sink, so a reader can
 * follow the flow without the tool.
 */
import type { FindingCandidate, ReviewAgent } from '../findings.js'
import { FAMILIES, severityOf, type SinkFamily, type Taint } from './families.js'

export interface SinkHit {
  family: SinkFamily
  /** The sink as written: `db.query`, `cursor.execute`, `innerHTML`. */
  sink: string
  line: number
  endLine: number
  column?: number
  /** What reached it: a tainted value, or a value built at run time from unknown parts. */
  taint: Taint | 'dynamic'
  /** Overrides the family's severity (NoSQL operator injection is HIGH even from the request). */
  severity?: FindingCandidate['severity']
}

const AGENTS: Readonly<Record<SinkFamily, readonly ReviewAgent[]>> = {
  sql: ['security-auditor', 'database-architect'],
  nosql: ['security-auditor', 'database-architect'],
  command: ['security-auditor'],
  code: ['security-auditor'],
  deserialization: ['security-auditor'],
  path: ['security-auditor'],
  ssrf: ['security-auditor'],
  redirect: ['security-auditor'],
  html: ['security-auditor', 'react-frontend-specialist'],
  xxe: ['security-auditor'],
  redos: ['security-auditor', 'performance-optimizer'],
}

function describe(taint: Taint): string {
  const via = taint.path.length > 0 ? ` via ${taint.path.join(' -> ')}` : ''
  return taint.level === 'request'
    ? `request data ${taint.source} (line ${taint.line})${via}`
    : `${taint.source} (line ${taint.line}), a value from the caller${via}`
}

/** The finding for a hit, or undefined when its severity is below what is worth reporting. */
export function hitToCandidate(file: string, hit: SinkHit): FindingCandidate | undefined {
  const severity = hit.severity ?? severityOf(hit.family, hit.taint)
  if (!severity) return undefined
  const spec = FAMILIES[hit.family]
  const what = hit.taint === 'dynamic' ? 'a value built at run time' : describe(hit.taint)
  return {
    rule: spec.rule,
    agents: AGENTS[hit.family],
    severity,
    title: spec.title,
    message: `${hit.sink} receives ${what}`,
    file,
    line: hit.line,
    endLine: Math.max(hit.line, hit.endLine),
    ...(hit.column ? { column: hit.column } : {}),
    confidence: hit.taint !== 'dynamic' && hit.taint.level === 'request' ? 0.9 : 0.75,
    source: 'launchgate',
    suggestedFix: spec.fix,
  }
}
