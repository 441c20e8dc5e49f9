/**
 * Near spellings: a message word the catalogue lacks finds the catalogue's words that share most
 * of its letter triples ("astrology" -> a tool's misspelt "strology", "forecast" -> "foreast").
 * Stems and word families miss these; real catalogues and messages carry typos and variants.
 */
import type { ToolIndex } from './index-build.js';
/** Triple -> indexed terms holding it; built on first use, once per index. */
export declare class SpellingIndex {
    private readonly byTrigram;
    private readonly sizes;
    private readonly memo;
    constructor(terms: Iterable<string>, minLength: number);
    /** Indexed terms whose triples overlap `term`'s by at least `min` (Dice), best first. */
    near(term: string, min: number): Array<readonly [string, number]>;
    private search;
}
/** The spelling index of a tool index, built lazily (most messages never need it). */
export declare function spellingIndex(index: ToolIndex, minLength?: number): SpellingIndex;
