/**
 * Winnowing (Schleimer, Wilkerson, Aiken 2003) over normalised token k-grams: two files share a
 * fingerprint wherever they share K tokens of the same shape, whatever the identifiers and literals
 * are called, and a copy of at least K + W - 1 tokens is always caught.
 */
import { tokenizeScript, type CodeToken } from './js-tokens.js'
import { meaningfulTokens } from './noise.js'
import { LineIndex } from './positions.js'
import { tokenizePython } from './python-tokens.js'
import type { Fingerprint, Language, PackedFingerprints } from './types.js'

/** Tokens per k-gram: long enough that `const ID = ID ( ID )` alone never matches. */
export const K = 12
/** Window size: one fingerprint at least every W k-grams. */
export const W = 8
/** Bumped whenever the tokens or the hashing change, so cached fingerprints are recomputed. */
export const FINGERPRINT_VERSION = 3

const PY_KEYWORDS = new Set(
  (
    'False None True and as assert async await break class continue def del elif else except finally ' +
    'for from global if import in is lambda nonlocal not or pass raise return try while with yield self'
  ).split(' '),
)

/** Normalised tokens of a file in the given language. */
export function normalisedTokens(language: Language, text: string): CodeToken[] {
  if (language === 'js') return tokenizeScript(text)
  const lines = new LineIndex(text)
  return tokenizePython(text)
    .filter((t) => t.type !== 'comment')
    .map((t) => {
      const line = lines.at(t.start).line
      if (t.type === 'name') return { value: PY_KEYWORDS.has(t.value) ? t.value : 'ID', line }
      if (t.type === 'string' || t.type === 'number') return { value: 'LIT', line }
      return { value: t.type === 'newline' ? 'NL' : t.value, line }
    })
}

/**
 * The winnowed fingerprints of a file's meaningful tokens (see noise.ts), packed after a header
 * holding how many meaningful tokens the file has (the denominator of similarity).
 */
export function fingerprints(language: Language, text: string): PackedFingerprints {
  const tokens = meaningfulTokens(language, normalisedTokens(language, text))
  if (tokens.length < K) return [tokens.length]
  const ids = intern(tokens)
  const hashes: number[] = []
  for (let i = 0; i + K <= ids.length; i++) {
    let h = 2166136261
    for (let j = i; j < i + K; j++) h = Math.imul(h ^ ids[j]!, 16777619)
    hashes.push(h >>> 0)
  }
  const out: PackedFingerprints = [tokens.length]
  let last = -1
  for (let start = 0; start + W <= Math.max(hashes.length, W); start++) {
    // The rightmost minimum of each window; a position is recorded once even if it stays minimal.
    let best = start
    const end = Math.min(start + W, hashes.length)
    for (let i = start; i < end; i++) if (hashes[i]! <= hashes[best]!) best = i
    if (best !== last && best < hashes.length) {
      out.push(hashes[best]!, best, tokens[best]!.line, tokens[best + K - 1]!.line)
      last = best
    }
  }
  return out
}

/** How many meaningful tokens the fingerprinted file has. */
export function tokenCount(packed: PackedFingerprints): number {
  return packed[0] ?? 0
}

/** How many fingerprints a packed table holds. */
export function fingerprintCount(packed: PackedFingerprints): number {
  return Math.max(0, (packed.length - 1) / 4)
}

/** The fingerprint at index `i` of a packed table. */
export function fingerprintAt(packed: PackedFingerprints, i: number): Fingerprint {
  const at = 1 + i * 4
  return { hash: packed[at]!, token: packed[at + 1]!, line: packed[at + 2]!, endLine: packed[at + 3]! }
}

/** Maps each distinct token to a small integer; the mapping is content-based so it is stable across files. */
function intern(tokens: CodeToken[]): number[] {
  return tokens.map((t) => {
    let h = 5381
    for (let i = 0; i < t.value.length; i++) h = Math.imul(h, 33) ^ t.value.charCodeAt(i)
    return h >>> 0
  })
}
