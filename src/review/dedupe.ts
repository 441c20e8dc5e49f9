/**
 * De-duplication across agents by fingerprint. The fingerprint hashes the rule's owning agent,
 * so the same hit reported by two agents (in one run, or by two matrix jobs whose artifacts the
 * aggregate job merges) has one fingerprint and becomes one finding listing both agents.
 */
import { compareFindings } from '../report/severity.js'
import { REVIEW_SEVERITIES, type ReviewAgent, type ReviewFinding } from './findings.js'

function moreSevere(a: ReviewFinding, b: ReviewFinding): boolean {
  return REVIEW_SEVERITIES.indexOf(a.severity) < REVIEW_SEVERITIES.indexOf(b.severity)
}

/** One finding per fingerprint: the most severe copy, with the union of agents and the best confidence. */
export function dedupeFindings(findings: readonly ReviewFinding[]): ReviewFinding[] {
  const byPrint = new Map<string, ReviewFinding>()
  for (const finding of findings) {
    const seen = byPrint.get(finding.fingerprint)
    if (!seen) {
      byPrint.set(finding.fingerprint, finding)
      continue
    }
    const keep = moreSevere(finding, seen) ? finding : seen
    const agents: ReviewAgent[] = [...seen.properties.agents]
    for (const a of finding.properties.agents) if (!agents.includes(a)) agents.push(a)
    byPrint.set(finding.fingerprint, {
      ...keep,
      properties: {
        ...keep.properties,
        agent: seen.properties.agent,
        agents,
        confidence: Math.max(seen.properties.confidence, finding.properties.confidence),
      },
    })
  }
  return [...byPrint.values()]
}

/** Ranked for people: most severe first, then most confident, then by place. */
export function rankFindings(findings: readonly ReviewFinding[]): ReviewFinding[] {
  return [...findings].sort(
    (a, b) =>
      REVIEW_SEVERITIES.indexOf(a.severity) - REVIEW_SEVERITIES.indexOf(b.severity) ||
      b.properties.confidence - a.properties.confidence ||
      compareFindings(a, b),
  )
}
