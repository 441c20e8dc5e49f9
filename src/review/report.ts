/**
 * The review as the shared {@link Report}: findings, a table per area (score and counts by
 * severity), the gate's reasons and the notices. JSON adds `scores`, `gate` and the rest via
 * `data`, and names each finding's agent at the top level (the CLI's documented contract).
 */
import { reportJson } from '../report/json.js'
import type { Report, ReportSection } from '../report/types.js'
import { AGENT_FOCUS } from './agents.js'
import { REVIEW_SEVERITIES } from './findings.js'
import type { ReviewOutcome } from './run.js'

function areaTable(outcome: ReviewOutcome, minScore: number): ReportSection {
  const rows = outcome.agents.map((agent) => {
    const mine = outcome.findings.filter((f) => f.properties.agents.includes(agent))
    const score = outcome.scores[agent]
    return [
      agent,
      `${score}/10${score > minScore ? '' : ' ✗'}`,
      ...REVIEW_SEVERITIES.map((s) => mine.filter((f) => f.severity === s).length),
      AGENT_FOCUS[agent],
    ]
  })
  return {
    title: 'Areas',
    table: { columns: ['area', 'score', ...REVIEW_SEVERITIES, 'looks at'], rows },
  }
}

/** Builds the report of a review. */
export function reviewReport(outcome: ReviewOutcome, minScore: number): Report {
  const sections: ReportSection[] = []
  if (outcome.notices.length > 0)
    sections.push({ title: 'Notices', text: outcome.notices.map((n) => `- ${n}`).join('\n') })
  sections.push(areaTable(outcome, minScore))
  if (!outcome.gate.passed)
    sections.push({
      title: 'Why the gate failed',
      text: outcome.gate.reasons.map((r) => `- ${r}`).join('\n'),
    })
  if (outcome.waived.length > 0) {
    sections.push({
      title: 'Waived',
      collapsed: true,
      table: {
        columns: ['fingerprint', 'rule', 'where', 'reason', 'expires'],
        rows: outcome.waived.map(({ finding, waiver }) => [
          finding.fingerprint,
          finding.rule,
          `${finding.file}:${finding.line}`,
          waiver.reason,
          waiver.expires,
        ]),
      },
    })
  }
  const short = (sha: string) => sha.slice(0, 12)
  const verdict = outcome.gate.passed ? 'passed' : 'failed'
  return {
    capability: 'review',
    title: `Review of ${short(outcome.base)}..${short(outcome.head)}: gate ${verdict}, ${outcome.findings.length} open finding${outcome.findings.length === 1 ? '' : 's'} in ${outcome.filesChanged} changed file${outcome.filesChanged === 1 ? '' : 's'}`,
    ok: outcome.gate.passed,
    findings: outcome.findings,
    sections,
    data: {
      base: outcome.base,
      head: outcome.head,
      agents: outcome.agents,
      scores: outcome.scores,
      gate: outcome.gate,
      minScore,
      provider: outcome.provider,
      notices: outcome.notices,
      outsideDiff: outcome.outsideDiff,
      waived: outcome.waived.map(({ finding, waiver }) => ({
        ...waiver,
        rule: finding.rule,
        file: finding.file,
        line: finding.line,
      })),
      expiredWaivers: outcome.expiredWaivers,
    },
  }
}

/** The JSON document, with each finding's `agent` lifted out of `properties` to the top level. */
export function renderReviewJson(report: Report): string {
  const doc = reportJson(report)
  const findings = (doc.findings as Array<Record<string, unknown>>).map((f) => {
    const props = f.properties as { agent?: unknown } | undefined
    return { agent: props?.agent, ...f }
  })
  return `${JSON.stringify({ ...doc, findings }, null, 2)}\n`
}
