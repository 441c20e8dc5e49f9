/**
 * A deploy as the shared {@link Report}: the checklist, the merge, the wait, each smoke test with
 * its timing and the P95, the deployment link and the rollback; failures as findings. The whole
 * outcome goes into `data`, so `--format json` carries every fact.
 */
import type { Finding, Report, ReportSection } from '../report/types.js'
import { latencyLine, screenshotSection, smokeFindings, smokeTable } from './smoke/report.js'
import { formatElapsed } from './wait.js'
import { PASSING_RESULTS, type DeployOutcome } from './types.js'

const MARK = { pass: 'pass', fail: 'FAIL', skipped: 'skipped' } as const

/** The report of a deploy. */
export function deployReport(outcome: DeployOutcome): Report {
  const sections = [
    checklistSection(outcome),
    promoteSection(outcome),
    waitSection(outcome),
    smokeSection(outcome),
    screenshotSection(outcome.smoke),
    deploymentSection(outcome),
  ].filter((s): s is ReportSection => s !== undefined)
  return {
    capability: 'deploy',
    title: outcome.message,
    ok: PASSING_RESULTS.includes(outcome.result),
    findings: findings(outcome),
    sections,
    data: { ...outcome, deploymentId: outcome.deployment?.id },
  }
}

function findings(outcome: DeployOutcome): Finding[] {
  const list: Finding[] = []
  for (const item of outcome.checklist.filter((i) => i.status === 'fail')) {
    list.push({
      rule: `deploy/checklist/${item.id}`,
      severity: 'HIGH',
      title: item.title,
      message: item.reason,
    })
  }
  const promote = outcome.promote
  if (promote?.status === 'conflict' || promote?.status === 'refused') {
    list.push({ rule: `deploy/merge-${promote.status}`, severity: 'HIGH', message: promote.message })
  }
  for (const wait of outcome.waits.filter((w) => w.outcome === 'failed' || w.outcome === 'timed-out')) {
    list.push({
      rule: `deploy/${wait.outcome === 'failed' ? 'host-failed' : 'not-live'}`,
      severity: 'CRITICAL',
      title: wait.target,
      message: wait.detail,
    })
  }
  list.push(...smokeFindings(outcome.smoke))
  if (outcome.latency && !outcome.latency.ok) {
    list.push({
      rule: 'deploy/smoke/p95',
      severity: 'HIGH',
      message: `P95 ${outcome.latency.p95Ms} ms is not under the ${outcome.latency.budgetMs} ms budget`,
    })
  }
  for (const warning of outcome.warnings)
    list.push({ rule: 'deploy/warning', severity: 'LOW', message: warning })
  return list
}

function checklistSection(outcome: DeployOutcome): ReportSection | undefined {
  if (outcome.checklist.length === 0) return undefined
  const rows = outcome.checklist.map((i) => [
    MARK[i.status],
    i.id,
    i.reason + (i.details?.length ? ` (${i.details.join('; ')})` : ''),
  ])
  return { title: 'Pre-deployment checklist', table: { columns: ['result', 'item', 'reason'], rows } }
}

function promoteSection(outcome: DeployOutcome): ReportSection | undefined {
  const promote = outcome.promote
  const source = `${outcome.source.branch} (${short(outcome.source.sha)})`
  const head = `${source} into ${outcome.target.branch} (${short(outcome.target.sha)})`
  if (!promote && outcome.dryRun) {
    const text =
      outcome.targetContainsSource === true
        ? `dry run: nothing to merge, ${outcome.target.branch} already contains ${source}`
        : `dry run: would merge ${head}`
    return { title: 'Merge', text }
  }
  if (!promote) return undefined
  const pr =
    'pullRequest' in promote && promote.pullRequest
      ? ` via pull request #${promote.pullRequest.number} (${promote.pullRequest.url})`
      : ''
  const resumed =
    promote.status === 'merged' && promote.resumed
      ? ' (by an interrupted run; this run finished its release)'
      : ''
  const text =
    promote.status === 'merged' ? `merged ${head}${pr}: ${promote.sha}${resumed}` : `${promote.message}${pr}`
  return { title: 'Merge', text }
}

function waitSection(outcome: DeployOutcome): ReportSection | undefined {
  if (outcome.waits.length === 0) return undefined
  const rows = outcome.waits.map((w) => [
    w.target,
    w.kind,
    w.outcome,
    formatElapsed(w.waitedMs),
    w.polls,
    w.detail,
  ])
  return {
    title: 'Wait until live',
    table: { columns: ['target', 'host', 'outcome', 'waited', 'polls', 'detail'], rows },
  }
}

function smokeSection(outcome: DeployOutcome): ReportSection | undefined {
  if (outcome.smoke.length === 0) return undefined
  return { title: 'Smoke tests', text: latencyLine(outcome.latency), table: smokeTable(outcome.smoke) }
}

function deploymentSection(outcome: DeployOutcome): ReportSection | undefined {
  const lines: string[] = []
  if (outcome.deployment)
    lines.push(
      `GitHub deployment ${outcome.deployment.id} to ${outcome.environment}: ${outcome.deployment.state ?? 'created'}${outcome.deployment.url ? ` (${outcome.deployment.url})` : ''}`,
    )
  if (outcome.environmentUrl) lines.push(`Environment: ${outcome.environmentUrl}`)
  if (outcome.logUrl) lines.push(`Log: ${outcome.logUrl}`)
  if (outcome.sentry?.release)
    lines.push(
      `Sentry release ${outcome.sentry.release}${outcome.sentry.deploy ? ' with a deploy marker' : ''}`,
    )
  const rollback = outcome.rollback
  if (rollback) {
    const parts = [
      rollback.pullRequest && `PR #${rollback.pullRequest.number} (${rollback.pullRequest.url})`,
      rollback.issue && `issue #${rollback.issue.number} (${rollback.issue.url})`,
    ].filter(Boolean)
    lines.push(
      `Rollback ${rollback.started ? 'started' : 'not started'}${parts.length ? `: ${parts.join(', ')}` : ''}${rollback.note ? `. ${rollback.note}` : ''}`,
    )
  }
  return lines.length > 0 ? { title: 'Deployment', text: lines.join('\n') } : undefined
}

function short(sha: string | undefined): string {
  return sha ? sha.slice(0, 12) : '?'
}
