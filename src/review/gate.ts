/**
 * The gate of phase 5: no CRITICAL remaining, every HIGH fixed or waived, every area's score above
 * `min-score`, and every analyzer and agent job ran (a review that could not look does not pass).
 */
import { formatLocation } from '../report/severity.js'
import type { ReviewAgent, ReviewFinding } from './findings.js'

/** What the gate decides from. */
export interface GateInput {
  /** Open findings (waivers applied). */
  findings: readonly ReviewFinding[]
  scores: Readonly<Partial<Record<ReviewAgent, number>>>
  minScore: number
  /** Analyzers that failed to run, by name and error; any of them fails the gate. */
  failedAnalyzers: ReadonlyArray<{ name: string; error: string }>
  /** Agents of the matrix whose job sent no findings; any of them fails the gate. */
  missingAgents?: readonly ReviewAgent[]
}

/** The verdict: `reasons` says why it failed and is empty when it passed. */
export interface GateResult {
  passed: boolean
  reasons: string[]
}

const LISTED = 5

function list(findings: readonly ReviewFinding[]): string {
  const shown = findings.slice(0, LISTED).map((f) => `${f.rule} at ${formatLocation(f) ?? f.file}`)
  return findings.length > LISTED
    ? `${shown.join(', ')} and ${findings.length - LISTED} more`
    : shown.join(', ')
}

/** Applies the gate. */
export function decideGate(input: GateInput): GateResult {
  const reasons: string[] = []
  const critical = input.findings.filter((f) => f.severity === 'CRITICAL')
  const high = input.findings.filter((f) => f.severity === 'HIGH')
  if (critical.length > 0)
    reasons.push(
      `${critical.length} CRITICAL finding${critical.length === 1 ? '' : 's'} remaining: ${list(critical)}`,
    )
  if (high.length > 0)
    reasons.push(
      `${high.length} HIGH finding${high.length === 1 ? '' : 's'} neither fixed nor waived: ${list(high)}`,
    )
  for (const [agent, score] of Object.entries(input.scores)) {
    if (score <= input.minScore)
      reasons.push(`${agent} scores ${score}/10, not above the minimum ${input.minScore}`)
  }
  for (const failed of input.failedAnalyzers)
    reasons.push(`analyzer ${failed.name} failed, so its areas were not reviewed: ${failed.error}`)
  for (const agent of input.missingAgents ?? [])
    reasons.push(
      `${agent} sent no findings (its job failed, was cancelled or uploaded nothing), so its area was not reviewed`,
    )
  return { passed: reasons.length === 0, reasons }
}
