/**
 * The UI comparison in the shared report: a table with the three images of each page, and a
 * HIGH finding for each page over its threshold (a person looks at the diff and accepts it by
 * masking the region or raising the threshold), MEDIUM when it could not run.
 */
import type { Finding, ReportSection } from '../../../report/types.js'
import type { VisualResult } from './run.js'

/** Findings of the comparison; empty when every page is within its threshold. */
export function visualFindings(results: readonly VisualResult[]): Finding[] {
  return results
    .filter((r) => !r.ok || r.notRun)
    .map((r) => ({
      rule: r.notRun ? 'deploy/visual/not-run' : 'deploy/visual/changed',
      severity: r.notRun ? 'MEDIUM' : 'HIGH',
      title: `${r.name} (${r.path})`,
      message: r.diff ? `${r.detail}: before ${r.before}, after ${r.after}, diff ${r.diff}` : r.detail,
    }))
}

/** One row per page: verdict, difference, and the files to open. */
export function visualSection(results: readonly VisualResult[]): ReportSection | undefined {
  if (results.length === 0) return undefined
  const rows = results.map((r) => [
    r.notRun ? 'NOT RUN' : r.ok ? 'same' : 'CHANGED',
    r.name,
    r.path,
    r.detail,
    [r.before, r.after, r.diff].filter(Boolean).join(' '),
  ])
  return {
    title: 'UI comparison',
    table: { columns: ['result', 'page', 'path', 'difference', 'before, after, diff'], rows },
  }
}
