import { type Serialisation } from './tokens.js';
import type { Tool } from './types.js';
/** Weight of each field of a tool in its term frequencies; the name says most about a tool. */
export interface FieldWeights {
    name: number;
    description: number;
    parameterNames: number;
    parameterText: number;
    category: number;
}
export declare const DEFAULT_FIELD_WEIGHTS: FieldWeights;
/** One term's postings: the tools that hold it and its weighted frequency in each. */
export interface Posting {
    docs: number[];
    tf: number[];
}
/** A built index; read-only once built, so one index serves concurrent requests. */
export interface ToolIndex {
    tools: Tool[];
    /** Each tool's tokens; counted on first read (the first filter), so building stays cheap. */
    readonly tokens: readonly number[];
    readonly totalTokens: number;
    postings: Map<string, Posting>;
    idf: Map<string, number>;
    /** Weighted length of each tool's text, and their mean: BM25's length normalisation. */
    lengths: Float64Array;
    averageLength: number;
    byName: Map<string, number>;
    /** Category of each tool (from config or the definition), or undefined. */
    categories: Array<string | undefined>;
    /** Stems naming each category, so a message about "trips" finds the `trips` category. */
    categoryTerms: Map<string, Set<string>>;
    /** Word families: a stem of 4+ letters -> the indexed terms it begins ("rent" -> "rental"). */
    extensions: Map<string, string[]>;
    /** Stop words that are words of a tool's name: kept in every text, so `like` finds `like_post`. */
    keep: Set<string>;
}
/** Options of {@link buildIndex}. */
export interface IndexOptions {
    serialisation?: Serialisation;
    /** tool -> extra words users say for it; indexed with the name's weight. */
    aliases?: Record<string, readonly string[]>;
    /** category -> its tools; overrides a category the definition carries. */
    categories?: Record<string, readonly string[]>;
    weights?: FieldWeights;
}
/** The stop words that are words of some tool's name and still mean something there. */
export declare function nameStopWords(tools: readonly Tool[]): Set<string>;
/** The weighted term frequencies of one tool. */
export declare function toolTerms(tool: Tool, aliases: readonly string[], category: string | undefined, weights: FieldWeights, keep?: ReadonlySet<string>): Map<string, number>;
/**
 * Indexes a tool set. Cost is linear in the tools' text (about 10 ms for 1,000 tools); token
 * counts follow on first use.
 */
export declare function buildIndex(tools: readonly Tool[], options?: IndexOptions): ToolIndex;
