/**
 * Judging collected findings: waivers, per-area scores, ranking and the gate. Pure: the caller
 * reads the waivers file and passes today's date. Used by {@link runReview} in one process and by
 * the aggregate job over the matrix's artifacts.
 */
import type { ReviewCollection } from './collect.js'
import { rankFindings } from './dedupe.js'
import type { ReviewAgent } from './findings.js'
import { decideGate } from './gate.js'
import type { ReviewOutcome } from './run.js'
import { scoreAreas } from './score.js'
import { applyWaivers, type Waiver } from './waivers.js'

/** What the judgement needs besides the findings. */
export interface JudgeOptions {
  waivers: readonly Waiver[]
  minScore: number
  /** Today as `YYYY-MM-DD`, for waiver expiry. */
  today: string
  /** Agents whose matrix job sent no findings: their areas were not reviewed, so the gate fails. */
  missingAgents?: readonly ReviewAgent[]
}

/** Applies waivers, scores each area, ranks and gates. */
export function judgeReview(collection: ReviewCollection, options: JudgeOptions): ReviewOutcome {
  const outcome = applyWaivers(collection.findings, options.waivers, options.today)
  const scores = scoreAreas(outcome.open, collection.agents)
  const notices = [...collection.notices]
  for (const w of outcome.refused)
    notices.push(`waiver ${w.fingerprint} ignored: a CRITICAL finding cannot be waived`)
  for (const w of outcome.expired)
    notices.push(`waiver ${w.fingerprint} expired on ${w.expires}; its finding counts again`)
  const missingAgents = [...(options.missingAgents ?? [])]
  return {
    base: collection.base,
    head: collection.head,
    agents: [...collection.agents],
    filesChanged: collection.filesChanged,
    findings: rankFindings(outcome.open),
    waived: outcome.waived,
    expiredWaivers: outcome.expired,
    refusedWaivers: outcome.refused,
    outsideDiff: collection.outsideDiff,
    scores,
    gate: decideGate({
      findings: outcome.open,
      scores,
      minScore: options.minScore,
      failedAnalyzers: collection.failedAnalyzers,
      missingAgents,
    }),
    provider: collection.provider,
    notices,
    failedAnalyzers: collection.failedAnalyzers,
    missingAgents,
    ...(collection.llm ? { llm: collection.llm } : {}),
  }
}
