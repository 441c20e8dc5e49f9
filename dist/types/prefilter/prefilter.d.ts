import { type MissingCoreTool } from './core-tools.js';
import { type CoreShare } from './gates.js';
import { type DenseSignal } from './dense.js';
import { type FieldWeights, type ToolIndex } from './index-build.js';
import { type ScoringOptions } from './scoring.js';
import { type CutOptions } from './select.js';
import { type Serialisation } from './tokens.js';
import type { PrefilterContext, PrefilterResult, TokenCounting, Tool } from './types.js';
import { type WordVectors } from './word-vectors.js';
/** Everything a prefilter can be told; all optional. Names follow the config's `prefilter` section. */
export interface PrefilterOptions {
    /** Tools sent on every request, first, in this order (e.g. `get_time`, `get_location`). */
    coreTools?: readonly string[];
    maxTools?: number;
    maxTokens?: number;
    /** tool -> extra words users say for it. */
    aliases?: Record<string, readonly string[]>;
    /** category -> its tools. */
    categories?: Record<string, readonly string[]>;
    /** page or domain -> categories or tools it shows. */
    pages?: Record<string, readonly string[]>;
    /** tool -> tools usually called after it. */
    companions?: Record<string, readonly string[]>;
    /** Extra synonym groups, added to the built-in ones. */
    synonyms?: readonly string[][];
    recentLimit?: number;
    serialisation?: Serialisation;
    /** Tuning knobs; defaults were tuned on dev splits only (see bench/prefilter/results.md). */
    cut?: Partial<CutOptions>;
    scoring?: Partial<ScoringOptions>;
    weights?: FieldWeights;
    /** How much a page, state or category match raises a matching tool's relevance (1 + boost). */
    contextBoost?: number;
    /**
     * Word vectors for meaning beyond shared words (dense relevance): the built-in GloVe table by
     * default, an app's own table, or `null` for lexical matching only.
     */
    vectors?: WordVectors | null;
}
/** What an async step computed for one message before the synchronous filter (see `semantic.ts`). */
export interface PrefilterSignals {
    /** Relevance from an embeddings provider: extends the lexical candidates. */
    dense?: DenseSignal;
}
/** Filters tool sets for messages; build once per tool set, then call {@link filter} per request. */
export declare class ToolPrefilter {
    readonly index: ToolIndex;
    readonly counting: TokenCounting;
    /** Core tools as configured, present or not: a missing one counts as not kept. */
    readonly configuredCore: readonly string[];
    /** Configured core tools the catalogue lacks, with likely intended names. */
    readonly missingCore: MissingCoreTool[];
    private readonly core;
    private readonly rules;
    private readonly synonyms;
    private readonly cutOptions;
    private readonly scoring;
    private readonly contextBoost;
    private readonly vectors;
    private denseIndex;
    /**
     * Indexes the tools.
     * @param tools the catalogue, e.g. from {@link parseToolFile} or {@link readTools}
     */
    constructor(tools: readonly Tool[], options?: PrefilterOptions);
    /** Tool vectors, built on first use: a build stays the lexical index alone. */
    private get dense();
    /** How a provider's embeddings join lexical relevance: they add tools, BM25's order stands. */
    private get embeddingBlend();
    /** What the core tools cost on every request, and what that leaves to save. */
    get coreShare(): CoreShare;
    /** Names of the core tools present in the catalogue, in their order. */
    get coreToolNames(): string[];
    /**
     * Chooses the tools for one message.
     * @param message the user's message; empty is allowed (the fallback decides)
     * @param context page, app state, recent tools, earlier turns; unknown keys are ignored
     * @param signals what an async step found, e.g. `SemanticIndex.signal(message)`
     */
    filter(message: string, context?: PrefilterContext, signals?: PrefilterSignals): PrefilterResult;
    /**
     * Every tool that matches a query, best first, by the same relevance as {@link filter} (no
     * context, no budget): what a `find_tools` call returns.
     */
    rank(query: string, signals?: PrefilterSignals): number[];
    /** Core tools first in config order, then the rest in catalogue order: a stable, cacheable prefix. */
    private result;
}
