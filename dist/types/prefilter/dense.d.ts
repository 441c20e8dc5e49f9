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
}
/** Builds the tool vectors of an index. */
export declare function buildDense(index: ToolIndex, vectors: WordVectors): DenseIndex;
/**
 * Dense relevance of every tool to a text, 0..1: the cosine's rise above the catalogue's mean,
 * over the best tool's rise. Also returns the best cosine (0 when no word of the text is known).
 */
export declare function denseRelevance(index: ToolIndex, dense: DenseIndex, text: string): {
    relevance: Float64Array;
    best: number;
};
/**
 * Mixes dense relevance into the lexical one, in place, renormalised so the best tool is 1. With
 * no lexical match at all, a clear dense match decides alone instead of the catalogue fallback.
 */
export declare function blend(lexical: {
    relevance: Float64Array;
    best: number;
}, dense: {
    relevance: Float64Array;
    best: number;
}, options: Pick<ScoringOptions, 'denseWeight' | 'denseFloor' | 'denseMode'>): void;
