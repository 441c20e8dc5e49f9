/**
 * The review as the shared {@link Report}: findings, a table per area (score, counts by severity,
 * the area's gate result), what the LLM pass did, the gate's reasons and the notices. JSON adds
 * `scores`, `gate` and the rest via `data`, and names each finding's agent at the top level (the
 * CLI's documented contract).
 */
import type { Report, ReportSection } from '../report/types.js'
import { AGENT_FOCUS } from './agents.js'
import type { LlmRunSummary } from './collect.js'
import { REVIEW_SEVERITIES, type ReviewAgent } from './findings.js'
import type { ReviewOutcome } from './run.js'

/** Whether one area passes its part of the gate: reviewed, nothing CRITICAL or HIGH open, score above the minimum. */
function areaPasses(outcome: ReviewOutcome, agent: ReviewAgent, minScore: number): boolean {
  if (outcome.missingAgents.includes(agent)) return false
  const mine = outcome.findings.filter((f) => f.properties.agents.includes(agent))
  return (
    outcome.scores[agent] > minScore && !mine.some((f) => f.severity === 'CRITICAL' || f.severity === 'HIGH')
  )
}

function areaTable(outcome: ReviewOutcome, minScore: number): ReportSection {
  const rows = outcome.agents.map((agent) => {
    const mine = outcome.findings.filter((f) => f.properties.agents.includes(agent))
    const missing = outcome.missingAgents.includes(agent)
    return [
      agent,
      missing ? 'not reviewed' : `${outcome.scores[agent]}/10`,
      ...REVIEW_SEVERITIES.map((s) => mine.filter((f) => f.severity === s).length),
      areaPasses(outcome, agent, minScore) ? 'pass' : 'FAIL',
      AGENT_FOCUS[agent],
    ]
  })
  return {
    title: 'Areas',
    table: { columns: ['area', 'score', ...REVIEW_SEVERITIES, 'gate', 'looks at'], rows },
  }
}

/** What the LLM pass did: requests, tokens (cached ones are what prompt caching saved), kept and dropped. */
function llmSection(llm: LlmRunSummary): ReportSection {
  const dropped = Object.entries(llm.dropped)
    .filter(([, n]) => n > 0)
    .map(([why, n]) => `${n} ${why}`)
  return {
    title: 'LLM pass',
    text: [
      `${llm.provider} (${llm.model}): ${llm.requests} request${llm.requests === 1 ? '' : 's'}, ${llm.usage.inputTokens} input tokens (${llm.usage.cachedInputTokens} from the prompt cache), ${llm.usage.outputTokens} output tokens.`,
      `${llm.findings} finding${llm.findings === 1 ? '' : 's'} kept on the diff${dropped.length > 0 ? `; dropped: ${dropped.join(', ')}` : ''}.`,
      ...(llm.incomplete.length > 0
        ? [`Analyzers only (LLM pass failed): ${llm.incomplete.join(', ')}.`]
        : []),
    ].join('\n'),
  }
}

/** Builds the report of a review. */
export function reviewReport(outcome: ReviewOutcome, minScore: number): Report {
  const sections: ReportSection[] = []
  if (outcome.notices.length > 0)
    sections.push({ title: 'Notices', text: outcome.notices.map((n) => `- ${n}`).join('\n') })
  sections.push(areaTable(outcome, minScore))
  if (outcome.llm) sections.push(llmSection(outcome.llm))
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
    findingFields: ['agent'],
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
      failedAnalyzers: outcome.failedAnalyzers,
      missingAgents: outcome.missingAgents,
      ...(outcome.llm ? { llm: outcome.llm } : {}),
    },
  }
}
