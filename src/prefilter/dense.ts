/**
 * Dense relevance: each tool and the message as a weighted mean of word vectors, compared by
 * cosine. It finds the tool when the message and the tool share meaning but no word ("make my
 * location private" -> manage_privacy); BM25 stays the judge when they do share words.
 */
import type { ToolIndex } from './index-build.js'
import type { ScoringOptions } from './scoring.js'
import { isStopWord, stem, terms, words } from './text.js'
import type { WordVectors } from './word-vectors.js'

/** Tool vectors of an index, unit length, `dimensions` values per tool (zeros when no word is known). */
export interface DenseIndex {
  vectors: WordVectors
  rows: Float32Array
  idf: (word: string) => number
  /** The direction all tool vectors share, removed from tools and queries. */
  common?: Float32Array
}

// A tool's name says most about it; parameter names help a little.
const NAME_WEIGHT = 2
const PARAMETER_WEIGHT = 0.5

function addWords(
  into: Float32Array,
  text: string,
  weight: number,
  vectors: WordVectors,
  idf: (word: string) => number,
): void {
  for (const w of words(text)) {
    if (w.length < 2 || isStopWord(w)) continue
    const v = vectors.vector(w)
    if (!v) continue
    const k = weight * vectors.weight(w) * idf(w)
    for (let d = 0; d < into.length; d++) into[d]! += k * v[d]!
  }
}

/** Scales a vector to unit length in place; false for the zero vector. */
export function normalise(v: Float32Array): boolean {
  let n = 0
  for (const x of v) n += x * x
  if (n === 0) return false
  const inv = 1 / Math.sqrt(n)
  for (let d = 0; d < v.length; d++) v[d]! *= inv
  return true
}

/** Catalogue idf of a word's stem, relative to the rarest; words the catalogue lacks count as mean. */
function idfOf(index: ToolIndex): (word: string) => number {
  let max = 0
  let sum = 0
  for (const v of index.idf.values()) {
    max = Math.max(max, v)
    sum += v
  }
  const mean = index.idf.size > 0 ? sum / index.idf.size : 1
  return (word) => (index.idf.get(stem(word)) ?? mean) / (max || 1)
}

/** Builds the tool vectors of an index. */
export function buildDense(index: ToolIndex, vectors: WordVectors): DenseIndex {
  const dims = vectors.dimensions
  const rows = new Float32Array(index.tools.length * dims)
  const idf = idfOf(index)
  index.tools.forEach((tool, i) => {
    const row = rows.subarray(i * dims, (i + 1) * dims)
    addWords(row, tool.name, NAME_WEIGHT, vectors, idf)
    addWords(row, tool.description, 1, vectors, idf)
    const properties = tool.parameters.properties
    if (properties && typeof properties === 'object')
      addWords(row, Object.keys(properties).join(' '), PARAMETER_WEIGHT, vectors, idf)
    normalise(row)
  })
  const common = commonDirection(rows, dims)
  if (common)
    for (let i = 0; i < index.tools.length; i++) {
      const row = rows.subarray(i * dims, (i + 1) * dims)
      removeDirection(row, common)
      normalise(row)
    }
  return { vectors, rows, idf, ...(common ? { common } : {}) }
}

/**
 * The direction every tool vector shares (the first principal component, uncentred, by power
 * iteration): averaged word vectors all lean along it, so it says nothing about which tool fits.
 */
export function commonDirection(rows: Float32Array, dims: number): Float32Array | undefined {
  const n = rows.length / dims
  if (n < 3) return undefined
  const u = new Float32Array(dims).fill(1 / Math.sqrt(dims))
  const next = new Float32Array(dims)
  for (let iter = 0; iter < 12; iter++) {
    next.fill(0)
    for (let i = 0; i < n; i++) {
      let dot = 0
      const base = i * dims
      for (let d = 0; d < dims; d++) dot += rows[base + d]! * u[d]!
      for (let d = 0; d < dims; d++) next[d]! += dot * rows[base + d]!
    }
    if (!normalise(next)) return undefined
    u.set(next)
  }
  return u
}

function removeDirection(v: Float32Array, u: Float32Array): void {
  let dot = 0
  for (let d = 0; d < v.length; d++) dot += v[d]! * u[d]!
  for (let d = 0; d < v.length; d++) v[d]! -= dot * u[d]!
}

/** Relevance of tools from cosines: what {@link blend} mixes in, 0..1 per tool, and the best cosine. */
export interface DenseSignal {
  relevance: Float64Array
  best: number
}

/**
 * Dense relevance from unit tool rows and a unit query, 0..1: the cosine's rise above the
 * catalogue's mean, over the best tool's rise (so only how a tool stands out counts, whatever the
 * model's typical cosine). `best` is the best cosine itself.
 */
export function cosineRelevance(rows: Float32Array, dims: number, query: Float32Array): DenseSignal {
  const n = dims === 0 ? 0 : rows.length / dims
  const out = new Float64Array(n)
  if (n === 0) return { relevance: out, best: 0 }
  let best = -1
  let sum = 0
  for (let i = 0; i < n; i++) {
    let dot = 0
    const base = i * dims
    for (let d = 0; d < dims; d++) dot += query[d]! * rows[base + d]!
    out[i] = dot
    sum += dot
    if (dot > best) best = dot
  }
  const floor = sum / n
  const span = best - floor
  for (let i = 0; i < n; i++) out[i] = span > 0 ? Math.max(0, (out[i]! - floor) / span) : 0
  return { relevance: out, best }
}

/**
 * Dense relevance of every tool to a text, 0..1 (see {@link cosineRelevance}); best is 0 when no
 * word of the text is known.
 */
export function denseRelevance(index: ToolIndex, dense: DenseIndex, text: string): DenseSignal {
  const query = new Float32Array(dense.vectors.dimensions)
  addWords(query, text, 1, dense.vectors, dense.idf)
  if (dense.common) removeDirection(query, dense.common)
  if (!normalise(query)) return { relevance: new Float64Array(index.tools.length), best: 0 }
  return cosineRelevance(dense.rows, dense.vectors.dimensions, query)
}

/**
 * Mixes dense relevance into the lexical one, in place, renormalised so the best tool is 1. With
 * no lexical match at all, a clear dense match decides alone instead of the catalogue fallback.
 */
export function blend(
  lexical: DenseSignal,
  dense: DenseSignal,
  options: Pick<ScoringOptions, 'denseWeight' | 'denseFloor' | 'denseMode'>,
): void {
  const r = lexical.relevance
  if (lexical.best <= 0) {
    if (dense.best < options.denseFloor) return
    r.set(dense.relevance)
    lexical.best = dense.best
    return
  }
  const w = options.denseWeight
  if (options.denseMode === 'max') {
    for (let i = 0; i < r.length; i++) r[i] = Math.max(r[i]!, w * dense.relevance[i]!)
    return
  }
  let max = 0
  for (let i = 0; i < r.length; i++) {
    r[i] = (1 - w) * r[i]! + w * dense.relevance[i]!
    if (r[i]! > max) max = r[i]!
  }
  if (max > 0) for (let i = 0; i < r.length; i++) r[i] = r[i]! / max
}

/**
 * Share of a text's terms the catalogue has no word (or word family) for: how much of the message
 * lexical matching cannot see, so how much meaning beyond shared words should count.
 */
export function vocabularyGap(index: ToolIndex, text: string): number {
  const ts = terms(text, index.keep)
  if (ts.length === 0) return 0
  let unknown = 0
  for (const t of ts) if (!index.postings.has(t) && !index.extensions.has(t)) unknown++
  return unknown / ts.length
}
