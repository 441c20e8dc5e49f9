/**
 * `duplicate-logic`: a file outside the concern holds a near-copy of canonical logic. Files share a
 * winnowing fingerprint where K normalised tokens agree; chains of shared fingerprints that advance
 * together in both files are merged into regions, and a region of at least the concern's
 * `duplicate-min-tokens` is a near-copy, reported with its lines and the canonical lines it copies.
 */
import type { Concern } from '../concerns.js'
import { fingerprintAt, K, W } from '../fingerprint.js'
import type { DuplicateMatch, Fingerprint, ImportGraph, SourceFile, Violation } from '../types.js'

// Two shared fingerprints belong to one copied region when both files advance by at most this many tokens.
const MAX_GAP = 3 * W + K

/** One violation per (file, canonical file) pair with a near-copy. */
export function duplicateLogic(concern: Concern, graph: ImportGraph): Violation[] {
  if (!concern.duplicates) return []
  const canon = [...graph.files.values()].filter((f) => concern.isCanonical(f.path) && f.fingerprints)
  const out: Violation[] = []
  for (const file of graph.files.values()) {
    if (!file.fingerprints || concern.isCanonical(file.path) || concern.isDeprecated(file.path)) continue
    if (!concern.inScope(file.path)) continue
    for (const original of canon) {
      if (original.language !== file.language) continue
      const matches = copiedRegions(file, original).filter((m) => m.tokens >= concern.duplicateMinTokens)
      if (matches.length === 0) continue
      const [first] = matches
      const where = matches.map(
        (m) =>
          `lines ${m.lines[0]}-${m.lines[1]} copy ${m.canonical}:${m.canonicalLines[0]}-${m.canonicalLines[1]}`,
      )
      out.push({
        concern: concern.name,
        rule: 'duplicate-logic',
        file: file.path,
        line: first!.lines[0],
        column: 1,
        symbol: original.path,
        target: original.path,
        matches,
        message: `near-copy of canonical ${concern.name} logic (${where.join('; ')}); call ${original.path} instead of copying it`,
      })
    }
  }
  return out
}

/** Regions of `file` that copy `original`, longest first. */
export function copiedRegions(file: SourceFile, original: SourceFile): DuplicateMatch[] {
  const index = new Map<number, Fingerprint[]>()
  const canonical = original.fingerprints ?? []
  for (let i = 0; i < canonical.length / 4; i++) {
    const fp = fingerprintAt(canonical, i)
    const list = index.get(fp.hash)
    if (list) list.push(fp)
    else index.set(fp.hash, [fp])
  }
  const pairs: Array<[Fingerprint, Fingerprint]> = []
  const packed = file.fingerprints ?? []
  for (let i = 0; i < packed.length; i += 4) {
    // Most files share nothing with the canonical ones: only matches are unpacked.
    const shared = index.get(packed[i]!)
    if (!shared) continue
    const fp = fingerprintAt(packed, i / 4)
    for (const o of shared) pairs.push([fp, o])
  }
  pairs.sort((a, b) => a[0].token - b[0].token || a[1].token - b[1].token)
  const regions: Array<Array<[Fingerprint, Fingerprint]>> = []
  for (const pair of pairs) {
    // Extend the region whose last pair this one follows in both files; else start a new one.
    const region = regions.find((r) => {
      const [a, o] = r[r.length - 1]!
      const da = pair[0].token - a.token
      const dofs = pair[1].token - o.token
      return da > 0 && da <= MAX_GAP && dofs > 0 && dofs <= MAX_GAP
    })
    if (region) region.push(pair)
    else regions.push([pair])
  }
  return regions
    .map((r) => {
      const [a0, o0] = r[0]!
      const [a1, o1] = r[r.length - 1]!
      return {
        lines: [a0.line, a1.endLine] as [number, number],
        canonical: original.path,
        canonicalLines: [o0.line, o1.endLine] as [number, number],
        tokens: a1.token + K - a0.token,
      }
    })
    .sort((x, y) => y.tokens - x.tokens)
}
