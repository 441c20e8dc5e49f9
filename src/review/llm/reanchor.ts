/**
 * Re-anchoring: a model cites lines loosely, so each LLM finding is moved onto a real added line of
 * the diff, or dropped. The quote the model copied wins (the added line of that file whose content
 * matches it, nearest the cited number); without a matching quote, the cited line itself when it
 * was added, else the nearest added line within a few lines. Anything else does not point at the
 * diff and is dropped, as is a finding the analyzers already made on the same line.
 */
import type { ChangeSet, ChangedSource } from '../change.js'
import type { FindingCandidate, ReviewAgent, ReviewFinding } from '../findings.js'
import { normaliseLine } from '../fingerprint.js'
import type { LlmFinding } from './answer.js'
import { stripHidden } from './untrusted.js'

/** How far (in lines) a cited number may be from the added line it is moved to. */
export const SNAP_LINES = 3
/** LLM findings rank below deterministic ones of the same severity. */
export const MAX_LLM_CONFIDENCE = 0.85

/** Why a finding was dropped, counted for the summary. */
export type DropReason = 'not-in-diff' | 'low-confidence' | 'duplicate'

/** What re-anchoring kept and dropped. */
export interface Reanchored {
  candidates: FindingCandidate[]
  dropped: Record<DropReason, number>
}

function addedLineMatching(file: ChangedSource, quote: string, near: number): number | undefined {
  const wanted = normaliseLine(stripHidden(quote))
  if (wanted.length < 4 || !file.lines) return undefined
  let best: number | undefined
  for (const n of file.added) {
    const text = normaliseLine(stripHidden(file.lines[n - 1] ?? ''))
    if (!text.includes(wanted) && !(text.length >= 4 && wanted.includes(text))) continue
    if (best === undefined || Math.abs(n - near) < Math.abs(best - near)) best = n
  }
  return best
}

function nearestAdded(file: ChangedSource, line: number): number | undefined {
  if (file.added.has(line)) return line
  for (let d = 1; d <= SNAP_LINES; d++) {
    if (file.added.has(line - d)) return line - d
    if (file.added.has(line + d)) return line + d
  }
  return undefined
}

/** The added line a finding points at, or undefined when it points nowhere in the diff. */
export function anchorLine(file: ChangedSource | undefined, finding: LlmFinding): number | undefined {
  if (!file || file.added.size === 0) return undefined
  return addedLineMatching(file, finding.quote, finding.line) ?? nearestAdded(file, finding.line)
}

/** Turns one agent's validated answers into candidates on real added lines. */
export function reanchor(input: {
  agent: ReviewAgent
  findings: readonly LlmFinding[]
  change: ChangeSet
  /** The analyzers' findings: the LLM repeating one of them on the same line is dropped. */
  grounding: readonly ReviewFinding[]
  minConfidence: number
  source: string
}): Reanchored {
  const files = new Map(input.change.files.map((f) => [f.path, f]))
  const taken = new Set(input.grounding.map((f) => `${f.file}\0${f.line}`))
  const dropped: Record<DropReason, number> = { 'not-in-diff': 0, 'low-confidence': 0, duplicate: 0 }
  const candidates: FindingCandidate[] = []
  for (const f of input.findings) {
    if (f.confidence < input.minConfidence) {
      dropped['low-confidence']++
      continue
    }
    const line = anchorLine(files.get(f.file), f)
    if (line === undefined) {
      dropped['not-in-diff']++
      continue
    }
    const key = `${f.file}\0${line}`
    if (taken.has(key)) {
      dropped.duplicate++
      continue
    }
    taken.add(key)
    const span = f.endLine !== null && f.endLine >= f.line ? f.endLine - f.line : 0
    candidates.push({
      rule: `llm/${f.rule}`,
      agents: [input.agent],
      severity: f.severity,
      title: f.title,
      message: f.message,
      file: f.file,
      line,
      endLine: line + Math.min(span, 20),
      confidence: Math.min(f.confidence, MAX_LLM_CONFIDENCE),
      source: input.source,
      ...(f.suggestedFix ? { suggestedFix: f.suggestedFix } : {}),
    })
  }
  return { candidates, dropped }
}
