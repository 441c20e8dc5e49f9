/**
 * Markdown for job summaries and pull-request comments: a status headline, findings as a GFM table,
 * sections as headings or `<details>`. User-controlled text is escaped (see escape.ts) and the document
 * is cut at whole rows to fit GitHub's size limits (see budget.ts).
 */
import { COMMENT_MAX_CHARS, ChunkWriter, SUMMARY_MAX_BYTES, fitChunks } from './budget.js'
import {
  escapeCell,
  escapeHtmlInline,
  escapeInline,
  safeUrl,
  sanitizeMarkdownLines,
  visibleControls,
} from './escape.js'
import { describeCounts, formatLocation, sortFindings } from './severity.js'
import type { Finding, Report, ReportSection, ReportTable } from './types.js'

/** Options of {@link renderMarkdown}. */
export interface MarkdownOptions {
  /** Hidden marker written first (`<!-- marker -->`) so a sticky comment can be found and updated. */
  marker?: string
  /** Findings listed in the table; the rest are counted as "and N more". Default 100. */
  maxFindings?: number
  /** A link for a finding's location, e.g. a blob URL at the head commit; non-http(s) URLs are ignored. */
  links?: (finding: Finding) => string | undefined
  /** Character limit; default {@link COMMENT_MAX_CHARS}, GitHub's comment body limit. */
  maxChars?: number
  /** Byte limit; default {@link SUMMARY_MAX_BYTES}, GitHub's job summary limit. */
  maxBytes?: number
  /** Appended when the document had to be cut; say where the full report is. */
  truncationNote?: string
}

const DEFAULT_MAX_FINDINGS = 100
/** Sections longer than this many table rows or text lines are collapsed even when not asked to be. */
const LONG_SECTION_LINES = 20
const DEFAULT_NOTE =
  "**Truncated:** this report exceeded GitHub's size limit. The full report is in the job log and in the JSON or SARIF output."

/**
 * The HTML comment that marks a sticky comment. Characters that could end the comment early (`--`, `>`)
 * are dropped, so use this function both to write and to search for the marker.
 */
export function markerComment(marker: string): string {
  const safe = visibleControls(marker)
    .replace(/[<>\r\n]/g, '')
    .replace(/-{2,}/g, '-')
    .trim()
  return `<!-- ${safe} -->`
}

/** A code span that survives any content: the fence is longer than any backtick run inside. */
function codeSpan(text: string): string {
  const flat = visibleControls(text).replace(/\r\n|\r|\n/g, ' ')
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length))
  const fence = '`'.repeat(longest + 1)
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : ''
  // GFM splits table cells on `|` before it parses code spans, so the pipe is escaped even here.
  return `${fence}${pad}${flat.replace(/\|/g, '\\|')}${pad}${fence}`
}

function tableRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |\n`
}

function writeTable(out: ChunkWriter, table: ReportTable): void {
  if (table.columns.length === 0) return
  if (table.title) out.write(`**${escapeInline(table.title)}**\n\n`)
  const width = table.columns.length
  out.write(tableRow(table.columns.map((c) => escapeCell(c))) + tableRow(table.columns.map(() => '---')))
  for (const row of table.rows) {
    // Pad short rows so every row has the header's cell count; GFM would drop cells beyond it anyway.
    const cells = Array.from({ length: width }, (_, i) => escapeCell(row[i] ?? ''))
    out.write(tableRow(cells))
  }
  out.write('\n')
}

function writeText(out: ChunkWriter, text: string): void {
  for (const { line, openFence } of sanitizeMarkdownLines(text)) {
    out.write(`${line}\n`, openFence === undefined ? '' : `${openFence}\n`)
  }
  out.write('\n')
}

function sectionSize(section: ReportSection): number {
  return (section.table?.rows.length ?? 0) + (section.text?.split('\n').length ?? 0)
}

function writeSection(out: ChunkWriter, section: ReportSection): void {
  const collapse = section.collapsed === true || sectionSize(section) > LONG_SECTION_LINES
  if (collapse) {
    const rows = section.table ? ` (${section.table.rows.length} rows)` : ''
    out.begin(
      `<details>\n<summary><strong>${escapeHtmlInline(section.title)}</strong>${rows}</summary>\n\n`,
      '\n</details>\n\n',
    )
  } else {
    out.write(`### ${escapeInline(section.title)}\n\n`)
  }
  if (section.text) writeText(out, section.text)
  if (section.table) writeTable(out, section.table)
  if (collapse) out.end()
}

function locationCell(finding: Finding, links: MarkdownOptions['links']): string {
  const where = formatLocation(finding)
  if (where === undefined) return ''
  const url = safeUrl(links?.(finding))
  return url === undefined ? codeSpan(where) : `[${codeSpan(where)}](${url})`
}

function writeFindings(out: ChunkWriter, findings: readonly Finding[], options: MarkdownOptions): void {
  if (findings.length === 0) return
  const max = Math.max(0, options.maxFindings ?? DEFAULT_MAX_FINDINGS)
  const shown = sortFindings(findings).slice(0, max)
  out.write('### Findings\n\n')
  if (shown.length > 0) {
    out.write(tableRow(['Severity', 'Rule', 'Location', 'Message']) + tableRow(['---', '---', '---', '---']))
    for (const f of shown) {
      const message =
        f.title && f.title !== f.message
          ? `**${escapeCell(f.title)}**<br>${escapeCell(f.message)}`
          : escapeCell(f.message)
      out.write(tableRow([f.severity, codeSpan(f.rule), locationCell(f, options.links), message]))
    }
    out.write('\n')
  }
  const rest = findings.length - shown.length
  if (rest > 0) {
    out.write(`_…and ${rest} more ${rest === 1 ? 'finding' : 'findings'}, in the JSON or SARIF output._\n\n`)
  }
}

/**
 * Renders a report as GitHub-flavoured markdown. Findings come right after the headline, before the
 * sections, so when a document must be cut it loses context rather than the reasons for the verdict.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const out = new ChunkWriter()
  if (options.marker !== undefined) out.write(`${markerComment(options.marker)}\n`)
  const status = report.ok ? '✅ Passed' : report.inconclusive ? '⚠️ Inconclusive' : '❌ Failed'
  out.write(`## ${status}: ${escapeInline(report.title)}\n\n`)
  out.write(`**${escapeInline(report.capability)}** · ${describeCounts(report.findings)}\n\n`)
  writeFindings(out, report.findings, options)
  for (const section of report.sections ?? []) writeSection(out, section)

  const budget = {
    maxChars: options.maxChars ?? COMMENT_MAX_CHARS,
    maxBytes: options.maxBytes ?? SUMMARY_MAX_BYTES,
  }
  const note = `\n${options.truncationNote ?? DEFAULT_NOTE}\n`
  return fitChunks(out.chunks, budget, note).text
}
