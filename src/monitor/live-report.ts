/**
 * The live run as the shared report: the decision's report (signals, thresholds, charts) plus what
 * the run did about it (rollback PR and issue, blind issue) and the evidence the sources returned.
 * Also the evidence markdown a rollback PR and issue carry. Pure.
 */
import { renderMarkdown } from '../report/markdown.js'
import type { Report, ReportSection } from '../report/types.js'
import type { RollbackResult } from '../rollback/index.js'
import type { BlindIssueResult, EvidenceItem, WatchedDeployment } from './ports.js'

/** A run that looked at nothing: no deployment, not due, or past the window. */
export function idleReport(reason: string, deployment?: WatchedDeployment): Report {
  const data: Record<string, unknown> = { decision: 'idle', triggers: [], reason }
  if (deployment) {
    data.deployment = {
      id: deployment.id,
      sha: deployment.sha,
      deployedAt: new Date(deployment.deployedAt).toISOString(),
    }
  }
  return { capability: 'monitor', title: `nothing to check: ${reason}`, ok: true, findings: [], data }
}

function evidenceLines(items: readonly EvidenceItem[]): string {
  return items
    .map((i) => `- ${i.url ? `[${i.title}](${i.url})` : i.title}${i.detail ? `: ${i.detail}` : ''}`)
    .join('\n')
}

/** The evidence of a rollback: the report as markdown (table and charts) and the sources' links. */
export function evidenceMarkdown(
  report: Report,
  items: readonly EvidenceItem[],
  deployment: WatchedDeployment,
): string {
  const links = [...items]
  if (deployment.url) links.unshift({ title: 'Deployed app', url: deployment.url })
  const more = links.length > 0 ? `\n\n#### Links and new issues\n\n${evidenceLines(links)}` : ''
  // Leaves room in GitHub's 65,536 characters for the PR's header and marker.
  return `${renderMarkdown(report, { maxChars: 55_000 })}${more}`
}

function rollbackSection(rollback: RollbackResult): ReportSection {
  const rows = rollback.steps.map((s) => [s.action, s.outcome, s.detail])
  const what = [
    rollback.pullRequest ? `PR #${rollback.pullRequest.number} (${rollback.pullRequest.url})` : undefined,
    rollback.issue ? `issue #${rollback.issue.number} (${rollback.issue.url})` : undefined,
  ].filter(Boolean)
  const text = [
    rollback.held ? `Held by \`rollback:hold\` on ${rollback.held.on}: no automatic action.` : undefined,
    rollback.dryRun ? 'Dry run: nothing was written.' : undefined,
    what.length > 0 ? `Rollback: ${what.join(', ')}.` : undefined,
    rollback.problem ? `Problem: ${rollback.problem}` : undefined,
  ].filter(Boolean)
  return {
    title: 'Rollback',
    text: text.join('\n\n'),
    table: { columns: ['step', 'outcome', 'detail'], rows },
  }
}

/** Adds what the run did and the evidence to the decision's report. */
export function liveReport(
  base: Report,
  extra: {
    rollback?: RollbackResult
    blindIssue?: BlindIssueResult
    evidence: readonly EvidenceItem[]
    dryRun: boolean
  },
): Report {
  const sections = [...(base.sections ?? [])]
  if (extra.rollback) sections.push(rollbackSection(extra.rollback))
  if (extra.blindIssue) {
    const { outcome, number, url } = extra.blindIssue
    sections.push({
      title: 'Blind issue',
      text: `${outcome}${number ? ` #${number}` : ''}${url ? ` (${url})` : ''}`,
    })
  }
  if (extra.evidence.length > 0)
    sections.push({ title: 'Evidence', text: evidenceLines(extra.evidence), collapsed: true })
  const rollback = extra.rollback && {
    created: extra.rollback.created,
    dryRun: extra.rollback.dryRun,
    branch: extra.rollback.branch,
    pullRequest: extra.rollback.pullRequest && {
      number: extra.rollback.pullRequest.number,
      url: extra.rollback.pullRequest.url,
    },
    issue: extra.rollback.issue && { number: extra.rollback.issue.number, url: extra.rollback.issue.url },
    held: extra.rollback.held,
    problem: extra.rollback.problem,
    steps: extra.rollback.steps,
  }
  return {
    ...base,
    sections,
    data: {
      ...base.data,
      dryRun: extra.dryRun,
      rollback,
      blindIssue: extra.blindIssue,
      evidence: extra.evidence,
    },
  }
}
