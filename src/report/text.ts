/**
 * Plain text for a terminal: a PASS/FAIL headline, sections with aligned tables, and findings grouped
 * by file as `file:line:col  SEVERITY  rule  message`. No colour, so output piped to a file or a CI log
 * reads the same; control characters in user text are shown escaped so a message cannot drive the terminal.
 */
import { visibleControls } from './escape.js'
import { compareByLocation, describeCounts, formatLocation, sortFindings } from './severity.js'
import type { Finding, Report, ReportSection, ReportTable } from './types.js'

/** Display width in code points; good enough for aligned ASCII-heavy output. */
function width(text: string): number {
  return Array.from(text).length
}

function pad(text: string, to: number): string {
  return text + ' '.repeat(Math.max(0, to - width(text)))
}

/** One line of user text: escaped controls, line breaks flattened. */
function oneLine(value: string | number): string {
  return visibleControls(String(value)).replace(/\r\n|\r|\n/g, ' ')
}

/** Aligns columns with two spaces between them; the last column is not padded. */
function alignRows(rows: readonly string[][]): string[] {
  const widths: number[] = []
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, width(cell))))
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : pad(cell, widths[i] ?? 0)))
      .join('  ')
      .trimEnd(),
  )
}

/**
 * The widest a cell before the last column is shown: one long cell (every symbol a deprecated
 * module exports) would pad every row of its table to its width, megabytes of spaces on a large
 * repository. The JSON and markdown reports keep the whole value.
 */
export const MAX_CELL_WIDTH = 80

function clip(cell: string): string {
  const points = Array.from(cell)
  return points.length <= MAX_CELL_WIDTH ? cell : `${points.slice(0, MAX_CELL_WIDTH - 1).join('')}…`
}

function renderTable(table: ReportTable): string[] {
  if (table.columns.length === 0) return []
  const header = table.columns.map(oneLine)
  const last = header.length - 1
  const body = table.rows.map((row) =>
    header.map((_, i) => (i < last ? clip(oneLine(row[i] ?? '')) : oneLine(row[i] ?? ''))),
  )
  // The last column's rule too stops at the clipped width: its cells are whole, its rule need not be.
  const rule = header.map((h, i) =>
    '-'.repeat(
      Math.min(Math.max(width(h), MAX_CELL_WIDTH), Math.max(width(h), ...body.map((r) => width(r[i] ?? '')))),
    ),
  )
  const lines = alignRows([header, rule, ...body])
  return table.title ? [oneLine(table.title), ...lines] : lines
}

function renderSection(section: ReportSection): string[] {
  const title = oneLine(section.title)
  const lines = [title, '-'.repeat(width(title))]
  if (section.text) lines.push(...visibleControls(section.text).split(/\r\n|\r|\n/))
  if (section.text && section.table) lines.push('')
  if (section.table) lines.push(...renderTable(section.table))
  return lines
}

/**
 * Findings sorted by file then position, a blank line between files, columns aligned across the list.
 * Continuation lines of a multi-line message are indented under the message column.
 */
function renderFindings(findings: readonly Finding[]): string[] {
  const sorted = sortFindings(findings, compareByLocation)
  // A placeholder last column makes alignRows pad the rule column too; it is cut off again.
  const rows = sorted.map((f) => [
    oneLine(formatLocation(f) ?? '(no file)'),
    f.severity,
    oneLine(f.rule),
    'x',
  ])
  const prefixes = alignRows(rows).map((line) => line.slice(0, -1))
  const lines: string[] = []
  sorted.forEach((f, i) => {
    if (i > 0 && f.file !== sorted[i - 1]?.file) lines.push('')
    const prefix = prefixes[i] ?? ''
    const indent = ' '.repeat(width(prefix))
    const message = f.title && f.title !== f.message ? `${f.title}: ${f.message}` : f.message
    visibleControls(message)
      .split(/\r\n|\r|\n/)
      .forEach((part, j) => lines.push(`${j === 0 ? prefix : indent}${part}`.trimEnd()))
  })
  return lines
}

/** Renders a report for a terminal; ends with a newline. */
export function renderText(report: Report): string {
  const lines = [
    `${report.ok ? 'PASS' : report.inconclusive ? 'INCONCLUSIVE' : 'FAIL'}  ${oneLine(report.capability)}: ${oneLine(report.title)}`,
    describeCounts(report.findings),
  ]
  for (const section of report.sections ?? []) lines.push('', ...renderSection(section))
  if (report.findings.length > 0) lines.push('', 'Findings', '--------', ...renderFindings(report.findings))
  return `${lines.join('\n')}\n`
}
