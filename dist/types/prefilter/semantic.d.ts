import { type DenseSignal } from './dense.js';
import type { EmbeddingsProvider } from './embeddings.js';
import type { PrefilterSignals, ToolPrefilter } from './prefilter.js';
import type { PrefilterContext, PrefilterResult, Tool } from './types.js';
/** Where the semantic step reports that it fell back to offline; a `Logger` or `@actions/core` fits. */
export interface SemanticLog {
    warning(message: string): void;
}
/** Vectors of texts by a hash of model and text, so a changed catalogue re-embeds only what changed. */
export declare class EmbeddingCache {
    private readonly vectors;
    /** The key of a text's vector: the same text under another model is another vector. */
    static key(model: string, text: string): string;
    get(model: string, text: string): Float32Array | undefined;
    set(model: string, text: string, vector: Float32Array): void;
    get size(): number;
}
/** The text a tool is embedded from: its name as words, its description, its parameter names. */
export declare function toolEmbeddingText(tool: Tool): string;
/** Options of {@link SemanticIndex.prepare}. */
export interface SemanticOptions {
    log?: SemanticLog;
    /** Defaults to one cache per process. */
    cache?: EmbeddingCache;
}
/** Tool vectors of one catalogue from a provider; `offline` when they could not be had. */
export declare class SemanticIndex {
    private readonly provider;
    private readonly rows;
    private readonly dims;
    /** Why the provider is not used, when it is not: the filter then runs offline. */
    readonly offlineReason: string | undefined;
    private readonly log;
    private warned;
    private constructor();
    /** True when the filter runs on lexical relevance only. */
    get offline(): boolean;
    /**
     * Embeds the prefilter's tools (only those the cache lacks). Never throws: a failing provider
     * gives an offline index and one warning.
     */
    static prepare(prefilter: ToolPrefilter, provider: EmbeddingsProvider, options?: SemanticOptions): Promise<SemanticIndex>;
    /**
     * The dense signal of a message for {@link ToolPrefilter.filter}, or undefined when offline or
     * when embedding the message fails (warned once per index, so a dead provider does not flood logs).
     */
    signal(message: string): Promise<DenseSignal | undefined>;
    /**
     * What {@link ToolPrefilter.filter} takes for each of many messages (a benchmark's cases),
     * embedded in the provider's batches; `{}` for each when offline or when the provider fails.
     */
    signals(messages: readonly string[]): Promise<PrefilterSignals[]>;
}
/**
 * Filters with the provider's help when it answers, offline otherwise: the async counterpart of
 * {@link ToolPrefilter.filter}.
 */
export declare function filterWithEmbeddings(prefilter: ToolPrefilter, semantic: SemanticIndex, message: string, context?: PrefilterContext): Promise<PrefilterResult>;
