/**
 * One capability's part of the single PR gate comment, as two pieces of markdown: its reasons (what
 * makes the gate fail: its CRITICAL and HIGH findings, shown first, above every table) and its details (the findings that matter
 * as a table with links to the lines, LOW and INFO folded into a count per rule, the report's own
 * sections folded). Pure: the report in, markdown out.
 */
import { escapeCell, escapeHtmlInline, escapeInline, sanitizeMarkdownLines, truncateChars } from './escape.js'
import { lineUrl, type HeadCommit } from './gate-links.js'
import { describeCounts, formatLocation, sortFindings } from './severity.js'
import type { Finding, Report, ReportSection } from './types.js'

/** How a capability's part of the gate stands. */
export type GateStatus = 'passed' | 'failed' | 'inconclusive' | 'pending'

/** One capability's part of the gate comment. */
export interface GateSection {
  /** Capability name; letters, digits and `-` (it is part of the hidden markers). */
  capability: string
  status: GateStatus
  /** Markdown shown under the comment's headline: why this capability fails (empty when it passes). */
  reasons: string
  /** Markdown shown in this capability's own section below. */
  details: string
}

/** Options of {@link gateSection}. */
export interface GateSectionOptions {
  /** The head commit, for links to the lines; without it locations are plain text. */
  head?: HeadCommit
  /** Reasons listed before "and N more" (default 5). */
  maxReasons?: number
  /** Rows of the findings table (default 30); the rest are counted. */
  maxRows?: number
  /** Characters of a message in a table cell (default 240): a long message must not widen the table. */
  maxMessageChars?: number
}

const FOLDED = new Set(['LOW', 'INFO'])
const BLOCKING = new Set(['CRITICAL', 'HIGH'])
export const STATUS_ICON: Record<GateStatus, string> = {
  passed: '✅',
  failed: '❌',
  inconclusive: '⚠️',
  pending: '⏳',
}

/** The status a report stands for. */
export function statusOf(report: Report): GateStatus {
  if (report.ok) return 'passed'
  return report.inconclusive ? 'inconclusive' : 'failed'
}

/** `src/a.ts:12` as a link to the line at the head, or as plain text without a head. */
export function locationLink(finding: Finding, head: HeadCommit | undefined): string {
  const where = formatLocation(finding)
  if (where === undefined) return ''
  const url = head && lineUrl(finding, head)
  return url ? `[${escapeInline(where)}](${url})` : escapeInline(where)
}

function oneLineMessage(f: Finding, max: number): string {
  const text = f.title && f.title !== f.message ? `${f.title}: ${f.message}` : f.message
  return truncateChars(text.replace(/\s+/g, ' ').trim(), max)
}

/** The reasons: the failing findings that are not folded, most severe first; else the headline. */
function reasonsOf(report: Report, status: GateStatus, options: GateSectionOptions): string {
  if (status === 'passed' || status === 'pending') return ''
  const max = options.maxReasons ?? 5
  // CRITICAL and HIGH are what gates; MEDIUM waits in the details table.
  const blocking = sortFindings(report.findings.filter((f) => BLOCKING.has(f.severity)))
  const head = `- ${STATUS_ICON[status]} **${escapeInline(report.capability)}**: ${escapeInline(report.title)}`
  const lines = blocking.slice(0, max).map((f) => {
    const where = locationLink(f, options.head)
    return `  - ${f.severity} \`${f.rule.replace(/`/g, "'")}\`${where ? ` at ${where}` : ''}: ${escapeInline(oneLineMessage(f, options.maxMessageChars ?? 240))}`
  })
  if (blocking.length > max) lines.push(`  - …and ${blocking.length - max} more below`)
  return [head, ...lines].join('\n')
}

function findingsTable(findings: readonly Finding[], options: GateSectionOptions): string[] {
  if (findings.length === 0) return []
  const max = options.maxRows ?? 30
  const rows = findings.slice(0, max).map((f) => {
    const cells = [
      f.severity,
      locationLink(f, options.head),
      `\`${f.rule.replace(/[`|]/g, "'")}\``,
      escapeCell(oneLineMessage(f, options.maxMessageChars ?? 240)),
    ]
    return `| ${cells.join(' | ')} |`
  })
  const more = findings.length > max ? [`_…and ${findings.length - max} more in the job summary._`, ''] : []
  return ['| Severity | Where | Rule | Message |', '| --- | --- | --- | --- |', ...rows, '', ...more]
}

/** LOW and INFO findings: one row per rule with its count and its first locations. */
function foldedTable(findings: readonly Finding[], head: HeadCommit | undefined): string[] {
  if (findings.length === 0) return []
  const byRule = new Map<string, Finding[]>()
  for (const f of sortFindings(findings)) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f])
  const rows = [...byRule].map(([rule, list]) => {
    const where = list
      .slice(0, 3)
      .map((f) => locationLink(f, head))
      .filter(Boolean)
    const rest = list.length > 3 ? `, +${list.length - 3}` : ''
    return `| \`${rule.replace(/[`|]/g, "'")}\` | ${list.length} | ${where.join(', ')}${rest} |`
  })
  const summary = `${findings.length} LOW/INFO finding${findings.length === 1 ? '' : 's'} in ${byRule.size} rule${byRule.size === 1 ? '' : 's'}`
  return [
    `<details><summary>${summary}</summary>`,
    '',
    '| Rule | Count | Where |',
    '| --- | --- | --- |',
    ...rows,
    '',
    '</details>',
    '',
  ]
}

function foldedSection(section: ReportSection): string[] {
  const body: string[] = []
  if (section.text) body.push(...sanitizeMarkdownLines(section.text).map((l) => l.line), '')
  if (section.table && section.table.columns.length > 0) {
    const t = section.table
    body.push(`| ${t.columns.map((c) => escapeCell(c)).join(' | ')} |`)
    body.push(`| ${t.columns.map(() => '---').join(' | ')} |`)
    for (const row of t.rows)
      body.push(`| ${t.columns.map((_, i) => escapeCell(row[i] ?? '', 240)).join(' | ')} |`)
    body.push('')
  }
  return [`<details><summary>${escapeHtmlInline(section.title)}</summary>`, '', ...body, '</details>', '']
}

/**
 * Builds a capability's part of the gate comment from its report.
 * @example gateSection(reviewReport, { head: { repository: 'acme/app', sha } })
 */
export function gateSection(report: Report, options: GateSectionOptions = {}): GateSection {
  const status = statusOf(report)
  const shown = sortFindings(report.findings.filter((f) => !FOLDED.has(f.severity)))
  const folded = report.findings.filter((f) => FOLDED.has(f.severity))
  const details = [
    `${escapeInline(report.title)} · ${describeCounts(report.findings)}`,
    '',
    ...findingsTable(shown, options),
    ...foldedTable(folded, options.head),
    ...(report.sections ?? []).flatMap(foldedSection),
  ]
  return {
    capability: report.capability.toLowerCase().replace(/[^a-z0-9-]/g, '-'),
    status,
    reasons: reasonsOf(report, status, options),
    details: details.join('\n').trimEnd(),
  }
}

/** A capability whose job has not reported yet. */
export function pendingSection(capability: string): GateSection {
  return {
    capability: capability.toLowerCase().replace(/[^a-z0-9-]/g, '-'),
    status: 'pending',
    reasons: '',
    details: '_Running…_',
  }
}
