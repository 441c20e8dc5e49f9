/**
 * `duplicate-logic`: a file outside the concern holds a near-copy of canonical logic. Files share a
 * winnowing fingerprint where K meaningful tokens agree (imports, type declarations, literal tables
 * and markup are not fingerprinted, see noise.ts); chains of shared fingerprints that advance
 * together in both files are merged into regions. Each copied region of a file is reported once,
 * against the canonical region it copies most of: shifted windows, repeated canonical code and
 * several canonical files never turn one copy into many findings.
 */
import type { Concern } from '../concerns.js'
import { fingerprintAt, fingerprintCount, K, tokenCount, W } from '../fingerprint.js'
import type {
  DuplicateMatch,
  Fingerprint,
  ImportGraph,
  PackedFingerprints,
  SourceFile,
  Violation,
} from '../types.js'

// Two shared fingerprints belong to one copied region when both files advance by at most this many tokens.
const MAX_GAP = 3 * W + K
// Two regions in the same order in both files, this close, are one copy edited in between.
const MAX_EDIT = 4 * MAX_GAP
// A fingerprint this frequent within one file is the file's own pattern.
const REPEATED = 3

/** A copied region with where it lies in the copying file's token stream. */
export interface CopiedRegion extends DuplicateMatch {
  /** First and one-past-last meaningful token of the region in the copying file. */
  from: number
  to: number
  /** The same in the canonical file. */
  canonicalFrom: number
  canonicalTo: number
}

/** One violation per copied region of at least the concern's `duplicate-min-tokens`, largest first. */
export function duplicateLogic(concern: Concern, graph: ImportGraph): Violation[] {
  if (!concern.duplicates) return []
  const canon = [...graph.files.values()]
    .filter((f) => concern.isCanonical(f.path) && f.fingerprints)
    .map((f) => ({ file: f, index: indexOf(f.fingerprints!) }))
  const out: Violation[] = []
  for (const file of graph.files.values()) {
    if (!file.fingerprints || concern.isCanonical(file.path) || concern.isDeprecated(file.path)) continue
    if (!concern.inScope(file.path)) continue
    const regions = canon
      .filter((c) => c.file.language === file.language)
      .flatMap((c) => copiedRegions(file, c.file, c.index))
    for (const m of distinctRegions(regions).filter((r) => r.tokens >= concern.duplicateMinTokens)) {
      const match: DuplicateMatch = {
        lines: m.lines,
        canonical: m.canonical,
        canonicalLines: m.canonicalLines,
        tokens: m.tokens,
        similarity: m.similarity,
      }
      out.push({
        concern: concern.name,
        rule: 'duplicate-logic',
        file: file.path,
        line: m.lines[0],
        column: 1,
        symbol: m.canonical,
        target: m.canonical,
        matches: [match],
        message:
          `near-copy of canonical ${concern.name} logic: lines ${m.lines[0]}-${m.lines[1]} copy ` +
          `${m.canonical}:${m.canonicalLines[0]}-${m.canonicalLines[1]} (${m.tokens} tokens, ` +
          `${Math.round(m.similarity * 100)}% of the smaller file); call ${m.canonical} instead of copying it`,
      })
    }
  }
  return out
}

/** Hash → fingerprints of a packed table, built once per canonical file. */
export type FingerprintIndex = Map<number, Fingerprint[]>

/** Indexes a file's fingerprints by hash. */
export function indexOf(packed: PackedFingerprints): FingerprintIndex {
  const index: FingerprintIndex = new Map()
  for (let i = 0; i < fingerprintCount(packed); i++) {
    const fp = fingerprintAt(packed, i)
    const list = index.get(fp.hash)
    if (list) list.push(fp)
    else index.set(fp.hash, [fp])
  }
  return index
}

/**
 * Regions of `file` that copy `original`, longest first, each with its similarity: the share of
 * the smaller file's meaningful tokens it covers, so a 200-token copy of a 220-token module ranks
 * above 200 tokens that happen to match inside two 5,000-token files.
 */
export function copiedRegions(
  file: SourceFile,
  original: SourceFile,
  index: FingerprintIndex = indexOf(original.fingerprints ?? [0]),
): CopiedRegion[] {
  const packed = file.fingerprints ?? [0]
  const pairs: Array<[Fingerprint, Fingerprint]> = []
  const seen = repeatsOf(packed)
  for (let i = 0; i < fingerprintCount(packed); i++) {
    // Most files share nothing with the canonical ones: only matches are unpacked.
    const hash = packed[1 + i * 4]!
    const shared = index.get(hash)
    // A k-gram repeated in either file is its boilerplate (a dispatch, a test step), not a copy.
    if (!shared || shared.length >= REPEATED || seen.get(hash)! >= REPEATED) continue
    const fp = fingerprintAt(packed, i)
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
  const smaller = Math.max(1, Math.min(tokenCount(packed), tokenCount(original.fingerprints ?? [0])))
  return regions
    .map((r): CopiedRegion => {
      const [a0, o0] = r[0]!
      const [a1, o1] = r[r.length - 1]!
      // A pattern repeated in the copying file can chain against a short canonical stretch: only
      // as many tokens as the shorter side spans are copied.
      const tokens = Math.min(a1.token + K - a0.token, o1.token + K - o0.token)
      return {
        lines: [a0.line, a1.endLine],
        canonical: original.path,
        canonicalLines: [o0.line, o1.endLine],
        tokens,
        similarity: Math.round(Math.min(1, tokens / smaller) * 100) / 100,
        from: a0.token,
        to: a1.token + K,
        canonicalFrom: o0.token,
        canonicalTo: o1.token + K,
      }
    })
    .sort((x, y) => x.from - y.from)
    .reduce<CopiedRegion[]>((merged, r) => {
      const last = merged[merged.length - 1]
      if (last && continues(last, r)) merged[merged.length - 1] = join(last, r, smaller)
      else merged.push(r)
      return merged
    }, [])
    .sort((x, y) => y.tokens - x.tokens)
}

function repeatsOf(packed: PackedFingerprints): Map<number, number> {
  const counts = new Map<number, number>()
  for (let i = 0; i < fingerprintCount(packed); i++) {
    const hash = packed[1 + i * 4]!
    counts.set(hash, (counts.get(hash) ?? 0) + 1)
  }
  return counts
}

function continues(a: CopiedRegion, b: CopiedRegion): boolean {
  const gap = b.from - a.to
  const canonicalGap = b.canonicalFrom - a.canonicalTo
  return gap >= -K && gap <= MAX_EDIT && canonicalGap >= -K && canonicalGap <= MAX_EDIT
}

/** Two regions of one edited copy as one; its tokens are those copied, not the edit between. */
function join(a: CopiedRegion, b: CopiedRegion, smaller: number): CopiedRegion {
  const tokens = a.tokens + b.tokens - Math.max(0, a.to - b.from)
  return {
    ...a,
    lines: [a.lines[0], Math.max(a.lines[1], b.lines[1])],
    canonicalLines: [a.canonicalLines[0], Math.max(a.canonicalLines[1], b.canonicalLines[1])],
    tokens,
    similarity: Math.round(Math.min(1, tokens / smaller) * 100) / 100,
    to: Math.max(a.to, b.to),
    canonicalTo: Math.max(a.canonicalTo, b.canonicalTo),
  }
}

/**
 * One region per stretch of the copying file: largest first, a region overlapping one already
 * kept by more than half of its own length is the same copy seen through another window.
 */
export function distinctRegions(regions: CopiedRegion[]): CopiedRegion[] {
  const kept: CopiedRegion[] = []
  for (const r of [...regions].sort((x, y) => y.tokens - x.tokens || y.similarity - x.similarity)) {
    const overlaps = kept.some((k) => Math.min(k.to, r.to) - Math.max(k.from, r.from) > (r.to - r.from) / 2)
    if (!overlaps) kept.push(r)
  }
  return kept
}
