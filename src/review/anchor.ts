/**
 * Turns analyzer hits into review findings anchored to the change: fingerprints from the offending
 * line's content, evidence, the reporting agents among those selected, validation, and the
 * changed-lines filter (issue 5, item 3): a hit outside the diff's added lines was there before
 * this change and does not count against it.
 */
import type { ChangeSet } from './change.js'
import { touchesAddedLines } from './diff.js'
import { validateFinding, type FindingCandidate, type ReviewAgent, type ReviewFinding } from './findings.js'
import { fingerprint, normaliseLine, occurrences } from './fingerprint.js'

/** Findings on added lines, and how many hits fell outside them. */
export interface AnchoredFindings {
  findings: ReviewFinding[]
  outsideDiff: number
}

const EVIDENCE_MAX = 200

/** Anchors every candidate; candidates whose rule no selected agent reports are dropped. */
export function anchorFindings(
  candidates: readonly FindingCandidate[],
  change: ChangeSet,
  selected: ReadonlySet<ReviewAgent>,
): AnchoredFindings {
  const files = new Map(change.files.map((f) => [f.path, f]))
  const texts = candidates.map((c) => c.anchorText ?? files.get(c.file)?.lines?.[c.line - 1] ?? '')
  // Occurrences are counted over all hits of a file, before filtering, so they do not depend on the diff.
  const numbers = occurrences(
    candidates.map((c, i) => ({
      key: [c.agents[0], c.rule, c.file, normaliseLine(texts[i] ?? '')].join('\0'),
      line: c.line,
    })),
  )
  const findings: ReviewFinding[] = []
  let outsideDiff = 0
  candidates.forEach((c, i) => {
    const agents = c.agents.filter((a) => selected.has(a))
    if (agents.length === 0) return
    const endLine = Math.max(c.line, c.endLine ?? c.line)
    if (!touchesAddedLines(files.get(c.file)?.added ?? new Set(), c.line, endLine)) {
      outsideDiff++
      return
    }
    const text = texts[i] ?? ''
    const evidence = normaliseLine(text)
    findings.push(
      validateFinding({
        rule: c.rule,
        severity: c.severity,
        title: c.title,
        message: c.message,
        file: c.file,
        line: c.line,
        endLine,
        ...(c.column ? { column: c.column } : {}),
        fingerprint: fingerprint({
          owner: c.agents[0] as string,
          rule: c.rule,
          file: c.file,
          content: text,
          occurrence: numbers[i] ?? 1,
        }),
        properties: {
          agent: agents[0],
          agents,
          confidence: c.confidence,
          evidence: evidence.length > EVIDENCE_MAX ? `${evidence.slice(0, EVIDENCE_MAX - 1)}…` : evidence,
          ...(c.suggestedFix ? { suggestedFix: c.suggestedFix } : {}),
          source: c.source,
        },
      }),
    )
  })
  return { findings, outsideDiff }
}
