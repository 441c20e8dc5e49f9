/**
 * Relevance of every tool to a message: BM25 over the index with the query widened by synonyms,
 * scored for the whole message and for each of its clauses, so a request that needs two tools
 * ("book the campsite and add it to my calendar") finds both, not only the one that matches most.
 */
import { spellingIndex } from './spelling.js'
import type { ToolIndex } from './index-build.js'
import { terms } from './text.js'

/** A weighted bag of query terms. */
export type Query = Map<string, number>

/** BM25 parameters and the weights of the query's parts. */
export interface ScoringOptions {
  k1: number
  b: number
  /** Weight of a synonym of a message word, relative to the word itself. */
  synonymWeight: number
  /** Weight of the words of earlier user turns (follow-ups lean on them). */
  historyWeight: number
  /** Weight of a word-family match ("rent" for "rental"), relative to the word itself. */
  familyWeight: number
  /** A clause's best tool gets this relevance at most; below 1 so clear whole-message matches lead. */
  clauseWeight: number
  /** How much a clause's weak best match is damped (0: not at all), by its score over the message's best. */
  clauseDamping: number
  /** Share of the dense (word-vector) relevance in a tool's relevance; 0 turns vectors off. */
  denseWeight: number
  /** Below this best cosine the dense relevance is too vague to decide alone. */
  denseFloor: number
  /** `max`: dense relevance only adds tools (lexical order stands); `mix`: a weighted sum. */
  denseMode: 'max' | 'mix'
  /** Added to `denseWeight` in proportion to the share of message terms the catalogue lacks. */
  denseGapWeight: number
  /** Highest relevance a provider's embedding match alone gives a tool (it adds tools, BM25 orders). */
  embeddingWeight: number
  /** With no shared word at all, a provider's best cosine must reach this to decide alone. */
  embeddingFloor: number
  /** Weight of a near spelling of a term the catalogue lacks (times their overlap); 0 turns it off. */
  spellingWeight: number
  /** Least letter-triple overlap (Dice) of a near spelling. */
  spellingMin: number
}

export const DEFAULT_SCORING: ScoringOptions = {
  k1: 1.2,
  b: 0.75,
  synonymWeight: 0.4,
  historyWeight: 0.3,
  familyWeight: 0.3,
  clauseWeight: 0.85,
  clauseDamping: 0.5,
  denseWeight: 0.3,
  denseFloor: 0.5,
  denseMode: 'max',
  denseGapWeight: 0.6,
  embeddingWeight: 0.6,
  embeddingFloor: 0.2,
  spellingWeight: 0.5,
  spellingMin: 0.6,
}

/**
 * Adds the indexed words of the same family as each query term: longer words it begins ("rent" ->
 * "rental") and shorter indexed words that begin it, both of 4+ letters. Stemming misses these.
 * A term of 5+ letters the catalogue lacks also brings its near spellings ("astrology" ->
 * "strology"), at `spellingWeight` times their overlap.
 */
export function widenQuery(index: ToolIndex, query: Query, options: ScoringOptions): Query {
  if (options.spellingWeight > 0) {
    const spelling = spellingIndex(index)
    for (const [term, weight] of [...query]) {
      if (term.length < 5 || index.postings.has(term) || index.extensions.has(term)) continue
      for (const [near, overlap] of spelling.near(term, options.spellingMin))
        if (!query.has(near)) query.set(near, weight * options.spellingWeight * overlap)
    }
  }
  if (options.familyWeight <= 0) return query
  for (const [term, weight] of [...query]) {
    const w = weight * options.familyWeight
    for (const longer of index.extensions.get(term) ?? []) if (!query.has(longer)) query.set(longer, w)
    for (let k = 4; k < term.length; k++) {
      const shorter = term.slice(0, k)
      if (!query.has(shorter) && index.postings.has(shorter)) query.set(shorter, w)
    }
  }
  return query
}

/**
 * The query of a text: its terms (repeats count, up to twice) plus their synonyms at a lower weight.
 */
export function buildQuery(
  text: string,
  synonyms: Map<string, string[]>,
  options: ScoringOptions,
  weight = 1,
  keep?: ReadonlySet<string>,
): Query {
  const query: Query = new Map()
  for (const term of terms(text, keep)) query.set(term, Math.min(2 * weight, (query.get(term) ?? 0) + weight))
  for (const term of [...query.keys()]) {
    for (const related of synonyms.get(term) ?? []) {
      if (!query.has(related)) query.set(related, weight * options.synonymWeight)
    }
  }
  return query
}

/** Adds another query's terms into `into`, keeping the higher weight of a shared term. */
export function mergeQuery(into: Query, other: Query): Query {
  for (const [term, w] of other) into.set(term, Math.max(into.get(term) ?? 0, w))
  return into
}

/** BM25 score of every tool for a query (0 for tools sharing no term). */
export function scoreTools(
  index: ToolIndex,
  query: Query,
  options: ScoringOptions = DEFAULT_SCORING,
): Float64Array {
  const scores = new Float64Array(index.tools.length)
  const { k1, b } = options
  for (const [term, weight] of query) {
    const posting = index.postings.get(term)
    if (!posting) continue
    const idf = index.idf.get(term)! * weight
    for (let i = 0; i < posting.docs.length; i++) {
      const doc = posting.docs[i]!
      const tf = posting.tf[i]!
      const norm = k1 * (1 - b + (b * index.lengths[doc]!) / index.averageLength)
      scores[doc]! += (idf * tf * (k1 + 1)) / (tf + norm)
    }
  }
  return scores
}

/**
 * The clauses of a message that may each need their own tool: split at sentence ends, semicolons,
 * and "and/then/also" joining clauses. Clauses with fewer than two terms are dropped (too vague).
 */
export function clauses(message: string): string[] {
  const parts = message
    .split(/[.;!?\n]+|,\s*(?:and\s+|then\s+)?|\s+(?:and then|and also|and|then|also|after that|plus)\s+/i)
    .map((p) => p.trim())
    .filter((p) => terms(p).length >= 2)
  return parts.length > 1 ? parts : []
}

/**
 * Relevance of every tool, 0..1: for the whole message and for each clause, a tool's score over the
 * best score there; a tool keeps its best ratio. Also returns the best raw score, to tell "nothing
 * matched" from "something matched weakly".
 */
export function relevance(
  index: ToolIndex,
  message: Query,
  parts: readonly Query[],
  options: ScoringOptions = DEFAULT_SCORING,
): { relevance: Float64Array; best: number } {
  const out = new Float64Array(index.tools.length)
  let best = 0
  let messageBest = 0
  for (const [n, query] of [message, ...parts].entries()) {
    const scores = scoreTools(index, query, options)
    let max = 0
    for (const s of scores) if (s > max) max = s
    if (max <= 0) continue
    if (n === 0) messageBest = max
    best = Math.max(best, max)
    // A clause that matches weakly ("I am in New York") must not crown a tool as if it were a request.
    const strength = messageBest > 0 ? Math.min(1, max / messageBest) : 1
    const scale = n === 0 ? 1 : options.clauseWeight * strength ** options.clauseDamping
    for (let i = 0; i < scores.length; i++) {
      const r = (scores[i]! / max) * scale
      if (r > out[i]!) out[i] = r
    }
  }
  return { relevance: out, best }
}
