import type { ToolIndex } from './index-build.js';
/** A weighted bag of query terms. */
export type Query = Map<string, number>;
/** BM25 parameters and the weights of the query's parts. */
export interface ScoringOptions {
    k1: number;
    b: number;
    /** Weight of a synonym of a message word, relative to the word itself. */
    synonymWeight: number;
    /** Weight of the words of earlier user turns (follow-ups lean on them). */
    historyWeight: number;
    /** Weight of a word-family match ("rent" for "rental"), relative to the word itself. */
    familyWeight: number;
    /** A clause's best tool gets this relevance at most; below 1 so clear whole-message matches lead. */
    clauseWeight: number;
    /** How much a clause's weak best match is damped (0: not at all), by its score over the message's best. */
    clauseDamping: number;
    /** Share of the dense (word-vector) relevance in a tool's relevance; 0 turns vectors off. */
    denseWeight: number;
    /** Below this best cosine the dense relevance is too vague to decide alone. */
    denseFloor: number;
    /** `max`: dense relevance only adds tools (lexical order stands); `mix`: a weighted sum. */
    denseMode: 'max' | 'mix';
    /** Added to `denseWeight` in proportion to the share of message terms the catalogue lacks. */
    denseGapWeight: number;
    /** Highest relevance a provider's embedding match alone gives a tool (it adds tools, BM25 orders). */
    embeddingWeight: number;
    /** With no shared word at all, a provider's best cosine must reach this to decide alone. */
    embeddingFloor: number;
    /** Weight of a near spelling of a term the catalogue lacks (times their overlap); 0 turns it off. */
    spellingWeight: number;
    /** Least letter-triple overlap (Dice) of a near spelling. */
    spellingMin: number;
}
export declare const DEFAULT_SCORING: ScoringOptions;
/**
 * Adds the indexed words of the same family as each query term: longer words it begins ("rent" ->
 * "rental") and shorter indexed words that begin it, both of 4+ letters. Stemming misses these.
 * A term of 5+ letters the catalogue lacks also brings its near spellings ("astrology" ->
 * "strology"), at `spellingWeight` times their overlap.
 */
export declare function widenQuery(index: ToolIndex, query: Query, options: ScoringOptions): Query;
/**
 * The query of a text: its terms (repeats count, up to twice) plus their synonyms at a lower weight.
 */
export declare function buildQuery(text: string, synonyms: Map<string, string[]>, options: ScoringOptions, weight?: number, keep?: ReadonlySet<string>): Query;
/** Adds another query's terms into `into`, keeping the higher weight of a shared term. */
export declare function mergeQuery(into: Query, other: Query): Query;
/** BM25 score of every tool for a query (0 for tools sharing no term). */
export declare function scoreTools(index: ToolIndex, query: Query, options?: ScoringOptions): Float64Array;
/**
 * The clauses of a message that may each need their own tool: split at sentence ends, semicolons,
 * and "and/then/also" joining clauses. Clauses with fewer than two terms are dropped (too vague).
 */
export declare function clauses(message: string): string[];
/**
 * Relevance of every tool, 0..1: for the whole message and for each clause, a tool's score over the
 * best score there; a tool keeps its best ratio. Also returns the best raw score, to tell "nothing
 * matched" from "something matched weakly".
 */
export declare function relevance(index: ToolIndex, message: Query, parts: readonly Query[], options?: ScoringOptions): {
    relevance: Float64Array;
    best: number;
};
