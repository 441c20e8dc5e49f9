/**
 * Fingerprints that survive re-runs and line shifts: a hash of the rule's owning agent, the rule,
 * the file and the offending line's normalised content, never its number. Identical lines hit by the
 * same rule in one file are told apart by their order (`#2`, `#3`), which only changes when such
 * lines are reordered.
 */
import { createHash } from 'node:crypto'

/** Collapses whitespace so re-indenting or reformatting a line keeps its fingerprint. */
export function normaliseLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** What a fingerprint is computed from. */
export interface FingerprintInput {
  /** The rule's owning agent (not the reporting one), so every agent's job agrees. */
  owner: string
  rule: string
  file: string
  /** The offending line's content (masked for secrets). */
  content: string
  /** 1 for the first identical (owner, rule, file, content) in the file, 2 for the next... */
  occurrence: number
}

/** 32 hex digits of SHA-256 over the NUL-joined parts. */
export function fingerprint(input: FingerprintInput): string {
  const parts = [input.owner, input.rule, input.file, normaliseLine(input.content)]
  if (input.occurrence > 1) parts.push(`#${input.occurrence}`)
  return createHash('sha256').update(parts.join('\0')).digest('hex').slice(0, 32)
}

/**
 * Numbers identical hits in file order: returns, for each input index, its occurrence (1-based)
 * among the hits sharing its key. Inputs must carry the line to order by.
 */
export function occurrences(hits: ReadonlyArray<{ key: string; line: number }>): number[] {
  const order = hits
    .map((hit, index) => ({ ...hit, index }))
    .sort((a, b) => a.line - b.line || a.index - b.index)
  const seen = new Map<string, number>()
  const result = new Array<number>(hits.length).fill(1)
  for (const hit of order) {
    const n = (seen.get(hit.key) ?? 0) + 1
    seen.set(hit.key, n)
    result[hit.index] = n
  }
  return result
}
