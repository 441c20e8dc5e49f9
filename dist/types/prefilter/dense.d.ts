/**
 * Dense relevance: each tool and the message as a weighted mean of word vectors, compared by
 * cosine. It finds the tool when the message and the tool share meaning but no word ("make my
 * location private" -> manage_privacy); BM25 stays the judge when they do share words.
 */
import type { ToolIndex } from './index-build.js';
import type { ScoringOptions } from './scoring.js';
import type { WordVectors } from './word-vectors.js';
/** Tool vectors of an index, unit length, `dimensions` values per tool (zeros when no word is known). */
export interface DenseIndex {
    vectors: WordVectors;
    rows: Float32Array;
    idf: (word: string) => number;
    /** The direction all tool vectors share, removed from tools and queries. */
    common?: Float32Array;
}
/** Scales a vector to unit length in place; false for the zero vector. */
export declare function normalise(v: Float32Array): boolean;
/** Builds the tool vectors of an index. */
export declare function buildDense(index: ToolIndex, vectors: WordVectors): DenseIndex;
/**
 * The direction every tool vector shares (the first principal component, uncentred, by power
 * iteration): averaged word vectors all lean along it, so it says nothing about which tool fits.
 */
export declare function commonDirection(rows: Float32Array, dims: number): Float32Array | undefined;
/** Relevance of tools from cosines: what {@link blend} mixes in, 0..1 per tool, and the best cosine. */
export interface DenseSignal {
    relevance: Float64Array;
    best: number;
}
/**
 * Dense relevance from unit tool rows and a unit query, 0..1: the cosine's rise above the
 * catalogue's mean, over the best tool's rise (so only how a tool stands out counts, whatever the
 * model's typical cosine). `best` is the best cosine itself.
 */
export declare function cosineRelevance(rows: Float32Array, dims: number, query: Float32Array): DenseSignal;
/**
 * Dense relevance of every tool to a text, 0..1 (see {@link cosineRelevance}); best is 0 when no
 * word of the text is known.
 */
export declare function denseRelevance(index: ToolIndex, dense: DenseIndex, text: string): DenseSignal;
/**
 * Mixes dense relevance into the lexical one, in place, renormalised so the best tool is 1. With
 * no lexical match at all, a clear dense match decides alone instead of the catalogue fallback.
 */
export declare function blend(lexical: DenseSignal, dense: DenseSignal, options: Pick<ScoringOptions, 'denseWeight' | 'denseFloor' | 'denseMode'>): void;
/**
 * Share of a text's terms the catalogue has no word (or word family) for: how much of the message
 * lexical matching cannot see, so how much meaning beyond shared words should count.
 */
export declare function vocabularyGap(index: ToolIndex, text: string): number;
