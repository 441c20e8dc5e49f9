/**
 * Smoke results in the shared report model: the table and findings the deploy report embeds,
 * and the whole report of `launchgate smoke`. A test that could not run is never shown as a pass.
 */
import type { Finding, Report, ReportSection, ReportTable } from '../../report/types.js'
import type { LatencyVerdict, SmokeResult } from '../types.js'
import { smokePassed } from './verdict.js'
import type { VisualResult } from './visual/run.js'
import { visualFindings, visualSection } from './visual/report.js'

/** `pass`, `FAIL` or `NOT RUN`. */
export function smokeMark(result: SmokeResult): string {
  return result.notRun ? 'NOT RUN' : result.ok ? 'pass' : 'FAIL'
}

/** One row per test, in the config's order. */
export function smokeTable(results: readonly SmokeResult[]): ReportTable {
  return {
    columns: ['result', 'test', 'kind', 'time', 'detail'],
    rows: results.map((t) => [smokeMark(t), t.name, t.kind, `${t.durationMs} ms`, t.detail]),
  }
}

/**
 * A failing test is CRITICAL (the release is broken); a test that could not run but is not
 * required is MEDIUM, so the report says loudly that a check was missing.
 */
export function smokeFindings(results: readonly SmokeResult[]): Finding[] {
  return results
    .filter((t) => !t.ok || t.notRun)
    .map((t) => ({
      rule: t.ok ? 'deploy/smoke/not-run' : `deploy/smoke/${t.kind}`,
      severity: t.ok ? 'MEDIUM' : 'CRITICAL',
      title: t.name,
      message: t.detail,
    }))
}

/** `4 smoke test(s) passed` and, when some could not run, `, 1 not run`: a missing check is never counted as a pass. */
export function smokeCount(results: readonly SmokeResult[]): string {
  const notRun = results.filter((t) => t.notRun).length
  return `${results.length - notRun} smoke test(s) passed${notRun > 0 ? `, ${notRun} not run` : ''}`
}

/**
 * The screenshots of the browser tests: files in `smoke.artifacts-dir`, which the workflow
 * uploads as the run's artifact (the job summary cannot embed a local file).
 */
export function screenshotSection(results: readonly SmokeResult[]): ReportSection | undefined {
  const shots = results.filter((t) => t.screenshot)
  if (shots.length === 0) return undefined
  return {
    title: 'Screenshots',
    table: { columns: ['test', 'file'], rows: shots.map((t) => [t.name, t.screenshot!]) },
  }
}

/** The P95 line of the smoke section. */
export function latencyLine(latency: LatencyVerdict | undefined): string {
  return latency?.p95Ms === undefined
    ? 'no HTTP request was timed'
    : `P95 of ${latency.samples} HTTP request(s): ${latency.p95Ms} ms, budget < ${latency.budgetMs} ms: ${latency.ok ? 'pass' : 'FAIL'}`
}

/** The report of `launchgate smoke`: every test against one URL, no deploy around it. */
export function smokeReport(
  baseUrl: string,
  results: readonly SmokeResult[],
  latency: LatencyVerdict,
  visual: readonly VisualResult[] = [],
): Report {
  const changed = visual.filter((v) => !v.ok).length
  const ok = smokePassed(results, latency) && changed === 0
  const passed = results.filter((t) => t.ok && !t.notRun).length
  const failed = results.filter((t) => !t.ok && !t.notRun).length
  const notRun = results.filter((t) => t.notRun).length
  const title = [
    `${passed} of ${results.length} smoke test(s) passed against ${baseUrl}`,
    failed > 0 ? `${failed} failed` : '',
    notRun > 0 ? `${notRun} not run` : '',
    latency.ok ? '' : `P95 ${latency.p95Ms} ms over the ${latency.budgetMs} ms budget`,
    changed > 0 ? `${changed} page(s) look different from the baseline` : '',
  ]
    .filter((part) => part !== '')
    .join(', ')
  const findings = smokeFindings(results)
  if (!latency.ok)
    findings.push({
      rule: 'deploy/smoke/p95',
      severity: 'HIGH',
      message: `P95 ${latency.p95Ms} ms is not under the ${latency.budgetMs} ms budget`,
    })
  findings.push(...visualFindings(visual))
  const sections = [
    { title: 'Smoke tests', text: latencyLine(latency), table: smokeTable(results) },
    screenshotSection(results),
    visualSection(visual),
  ].filter((s): s is ReportSection => s !== undefined)
  const tests = results.map(({ detail, ...rest }) => ({ ...rest, message: detail }))
  return {
    capability: 'smoke',
    title,
    ok,
    findings,
    sections,
    data: { baseUrl, tests, latency, ...(visual.length > 0 ? { visual } : {}) },
  }
}
