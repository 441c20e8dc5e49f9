/**
 * Severity order and the one deterministic finding order every renderer shares, so the text,
 * markdown, SARIF and annotation outputs list the same findings in the same sequence.
 */
import type { Finding, Severity } from './types.js'

/** Most severe first. */
export const SEVERITIES: readonly Severity[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO']

/** 0 for CRITICAL up to 4 for INFO; an unknown value (bad input from JSON) sorts last. */
export function severityRank(severity: Severity): number {
  const rank = SEVERITIES.indexOf(severity)
  return rank === -1 ? SEVERITIES.length : rank
}

function compareText(a: string | undefined, b: string | undefined): number {
  // Findings without a file sort after the ones with a file: they are usually run-level notes.
  if (a === b) return 0
  if (a === undefined) return 1
  if (b === undefined) return -1
  // Code-unit comparison rather than localeCompare: the order must not depend on the machine's locale.
  return a < b ? -1 : 1
}

function compareNumber(a: number | undefined, b: number | undefined): number {
  return (a ?? Number.MAX_SAFE_INTEGER) - (b ?? Number.MAX_SAFE_INTEGER)
}

/** Most severe first, then by file, line, column, rule and message: a total, locale-free order. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    compareText(a.file, b.file) ||
    compareNumber(a.line, b.line) ||
    compareNumber(a.column, b.column) ||
    compareText(a.rule, b.rule) ||
    compareText(a.message, b.message)
  )
}

/** By file, then line and column, then severity: the order a reader walks a codebase in. */
export function compareByLocation(a: Finding, b: Finding): number {
  return (
    compareText(a.file, b.file) ||
    compareNumber(a.line, b.line) ||
    compareNumber(a.column, b.column) ||
    compareFindings(a, b)
  )
}

/** A sorted copy; the input is never mutated (reports are shared between renderers). */
export function sortFindings(findings: readonly Finding[], compare = compareFindings): Finding[] {
  return [...findings].sort(compare)
}

/** Counts per severity, in severity order, omitting zeros: e.g. `1 HIGH, 2 LOW`. */
export function severityCounts(findings: readonly Finding[]): Array<{ severity: Severity; count: number }> {
  return SEVERITIES.map((severity) => ({
    severity,
    count: findings.filter((f) => f.severity === severity).length,
  })).filter((c) => c.count > 0)
}

/** `3 findings (1 HIGH, 2 LOW)`, or `no findings`. */
export function describeCounts(findings: readonly Finding[]): string {
  if (findings.length === 0) return 'no findings'
  const noun = findings.length === 1 ? 'finding' : 'findings'
  const parts = severityCounts(findings).map((c) => `${c.count} ${c.severity}`)
  return `${findings.length} ${noun} (${parts.join(', ')})`
}

/** `file:line:col`, `file:line`, `file`, or undefined when the finding has no file. */
export function formatLocation(finding: Finding): string | undefined {
  if (finding.file === undefined || finding.file === '') return undefined
  let where = finding.file
  if (finding.line !== undefined && finding.line >= 1) {
    where += `:${finding.line}`
    if (finding.column !== undefined && finding.column >= 1) where += `:${finding.column}`
  }
  return where
}
