/**
 * The evidence a deploy hands to the rollback pull request and issue: what failed, measured how,
 * and where to look. Markdown, short, with user-controlled text escaped by the table helper.
 */
import { escapeCell } from '../report/escape.js'
import type { DeployOutcome } from './types.js'

/** Markdown of the failing waits and smoke tests, the P95 and the deployment. */
export function rollbackEvidence(outcome: DeployOutcome): string {
  const lines = [
    `Deploy of \`${outcome.sha ?? '?'}\` (${outcome.source.branch} to ${outcome.target.branch}) to ${outcome.environment}.`,
    '',
  ]
  const failedWaits = outcome.waits.filter((w) => w.outcome !== 'live')
  if (failedWaits.length > 0) {
    lines.push('| target | outcome | waited | detail |', '| --- | --- | --- | --- |')
    for (const w of failedWaits)
      lines.push(
        `| ${escapeCell(w.target)} | ${w.outcome} | ${Math.round(w.waitedMs / 1000)} s | ${escapeCell(w.detail)} |`,
      )
    lines.push('')
  }
  if (outcome.smoke.length > 0) {
    lines.push('| smoke test | result | time | detail |', '| --- | --- | --- | --- |')
    for (const t of outcome.smoke)
      lines.push(
        `| ${escapeCell(t.name)} | ${t.ok ? 'pass' : '**FAIL**'} | ${t.durationMs} ms | ${escapeCell(t.detail)} |`,
      )
    lines.push('')
  }
  const latency = outcome.latency
  if (latency?.p95Ms !== undefined)
    lines.push(
      `P95 of the smoke tests' HTTP requests: ${latency.p95Ms} ms (budget < ${latency.budgetMs} ms).`,
    )
  if (outcome.deployment) lines.push(`GitHub deployment: ${outcome.deployment.id}.`)
  if (outcome.logUrl) lines.push(`Run log: ${outcome.logUrl}`)
  return lines.join('\n')
}
