/**
 * The consolidation report: violations as findings (new ones HIGH, known ones LOW), the concern
 * statuses and the audit as tables, and every fact in `data` for the JSON output. Pure.
 */
import { createHash } from 'node:crypto'
import type { Finding, Report, ReportSection } from '../report/types.js'
import type { ConcernAudit, ConcernStatus } from './audit.js'
import { identityOf, type BaselineEntry } from './baseline.js'
import type { ScanStats } from './graph.js'
import type { ParseProblem, Violation } from './types.js'

/** Why a violation does not fail the gate, or `new` when it does. */
export type ViolationStatus = 'new' | 'baseline' | 'pre-existing'

/** A violation as reported, with its status against the baseline and `--since`. */
export type ReportedViolation = Violation & { status: ViolationStatus }

/** What the report is built from. */
export interface ConsolidationFacts {
  violations: ReportedViolation[]
  statuses: ConcernStatus[]
  audit: ConcernAudit[]
  parseErrors: Array<ParseProblem & { file: string }>
  skipped: string[]
  baseline: { file: string; known: number; fixed: BaselineEntry[]; updated: boolean }
  since?: { ref: string; sha: string; added: Violation[]; removed: Violation[] }
  stats: ScanStats
}

/** Builds the report; the gate passes when no violation is new. */
export function consolidationReport(facts: ConsolidationFacts): Report {
  const fresh = facts.violations.filter((v) => v.status === 'new')
  const ok = fresh.length === 0
  const open = facts.statuses.filter((s) => s.status !== 'consolidated')
  const title = ok
    ? open.length === 0
      ? `Consolidation: all ${facts.statuses.length} concern(s) consolidated`
      : `Consolidation: no new violations; ${facts.violations.length} known violation(s) left in ${open.length} concern(s)`
    : `Consolidation: ${fresh.length} new violation(s) in ${new Set(fresh.map((v) => v.concern)).size} concern(s)`
  // Findings are what this change did: new violations. Known ones (baseline, or already present
  // at --since) are counted in a section, never a 100-row table ahead of the news.
  const findings: Finding[] = [
    ...fresh.map(violationFinding),
    ...facts.parseErrors.map((p): Finding => ({
      rule: 'parse-error',
      severity: 'LOW',
      message: `cannot parse ${p.file}: ${p.message}; its imports may be incomplete, fix the syntax or exclude the file`,
      file: p.file,
      line: p.line,
      column: p.column,
    })),
    // Every format names what was not parsed, so a reader knows what the findings may miss.
    ...facts.skipped.map((file): Finding => ({
      rule: 'skipped-file',
      severity: 'LOW',
      message: `${file} is over max-file-bytes: not parsed; its imports were found by a text scan, forbidden signatures and near-copies are not checked in it (raise max-file-bytes or exclude it)`,
      file,
      line: 1,
      column: 1,
    })),
  ]
  return {
    capability: 'consolidation',
    title,
    ok,
    findings,
    sections: sections(facts),
    data: {
      violations: facts.violations,
      concerns: facts.statuses,
      audit: facts.audit,
      baseline: { ...facts.baseline, new: fresh.length },
      ...(facts.since ? { since: facts.since } : {}),
      parseErrors: facts.parseErrors,
      skipped: facts.skipped,
      stats: facts.stats,
    },
  }
}

function violationFinding(v: ReportedViolation): Finding {
  const { concern, rule, file, line, column, message, status, symbol, ...extra } = v
  return {
    rule,
    severity: status === 'new' ? 'HIGH' : 'LOW',
    title: `${concern}: ${rule}${status === 'new' ? '' : ` (${status})`}`,
    message,
    file,
    line,
    column,
    fingerprint: createHash('sha1')
      .update(identityOf({ concern, rule, file, symbol }))
      .digest('hex')
      .slice(0, 16),
    properties: { concern, symbol, status, ...extra },
  }
}

function sections(facts: ConsolidationFacts): ReportSection[] {
  const out: ReportSection[] = [
    ...(facts.since ? [sinceSection(facts.since)] : []),
    {
      title: 'Concerns',
      table: {
        columns: ['concern', 'status', 'violations', 'files'],
        rows: facts.statuses.map((s) => [s.concern, s.summary, s.violations, s.files]),
      },
    },
  ]
  for (const concern of facts.audit) {
    const rows = concern.modules.flatMap((m) =>
      m.buckets.length === 0
        ? [[m.module, m.exists ? 'unused: delete it' : 'deleted', '', '', 0]]
        : m.buckets.map((b) => [m.module, b.how, b.symbols.join(', '), b.files.join(', '), b.files.length]),
    )
    if (rows.length === 0) continue
    out.push({
      title: `Audit: ${concern.concern}`,
      table: { columns: ['deprecated module', 'how', 'symbols', 'importers', 'count'], rows },
    })
  }
  const b = facts.baseline
  const count = (status: ViolationStatus) => facts.violations.filter((v) => v.status === status).length
  const before = facts.since ? `, ${count('pre-existing')} already present at ${facts.since.ref}` : ''
  out.push({
    title: 'Known violations',
    text: b.updated
      ? `${b.file} updated: ${b.known} known violation(s).`
      : `${count('baseline')} known violation(s) accepted in ${b.file}${before}; ${b.fixed.length} baseline entr${b.fixed.length === 1 ? 'y' : 'ies'} fixed (pruned by --update-baseline). Every violation is in the JSON output.`,
  })
  return out
}

/** What this change added and removed against `--since`: the first thing a reviewer reads. */
function sinceSection(s: NonNullable<ConsolidationFacts['since']>): ReportSection {
  const line = (v: Violation) => `${v.concern} ${v.rule} ${v.file}:${v.line} ${v.symbol}`
  return {
    title: `Changed since ${s.ref}`,
    text: [
      `${s.added.length} violation(s) added, ${s.removed.length} removed since ${s.ref} (${s.sha.slice(0, 12)}).`,
      ...s.added.map((v) => `+ ${line(v)}`),
      ...s.removed.map((v) => `- ${line(v)}`),
    ].join('\n'),
  }
}
