/**
 * The async preparation step in front of the synchronous filter when an embeddings provider is
 * configured: embed the catalogue once (cached by content hash), embed each message, and hand the
 * filter a dense signal that extends the lexical candidates. Any failure of the provider falls back
 * to the offline filter with one warning: a slow or broken embeddings server never breaks a request.
 */
import { createHash } from 'node:crypto'
import { cosineRelevance, normalise, type DenseSignal } from './dense.js'
import type { EmbeddingsProvider } from './embeddings.js'
import type { PrefilterSignals, ToolPrefilter } from './prefilter.js'
import { words } from './text.js'
import type { PrefilterContext, PrefilterResult, Tool } from './types.js'

/** Where the semantic step reports that it fell back to offline; a `Logger` or `@actions/core` fits. */
export interface SemanticLog {
  warning(message: string): void
}

/** Vectors of texts by a hash of model and text, so a changed catalogue re-embeds only what changed. */
export class EmbeddingCache {
  private readonly vectors = new Map<string, Float32Array>()

  /** The key of a text's vector: the same text under another model is another vector. */
  static key(model: string, text: string): string {
    return createHash('sha256').update(model).update('\0').update(text).digest('hex')
  }

  get(model: string, text: string): Float32Array | undefined {
    return this.vectors.get(EmbeddingCache.key(model, text))
  }

  set(model: string, text: string, vector: Float32Array): void {
    this.vectors.set(EmbeddingCache.key(model, text), vector)
  }

  get size(): number {
    return this.vectors.size
  }
}

// Shared by every prefilter of the process unless a caller passes its own.
const processCache = new EmbeddingCache()

/** The text a tool is embedded from: its name as words, its description, its parameter names. */
export function toolEmbeddingText(tool: Tool): string {
  const properties = tool.parameters.properties
  const parameters = properties && typeof properties === 'object' ? Object.keys(properties) : []
  const name = words(tool.name).join(' ')
  return [`${name}: ${tool.description}`, parameters.length ? `Parameters: ${parameters.join(', ')}` : '']
    .filter((s) => s !== '')
    .join('\n')
}

function unit(values: readonly number[]): Float32Array {
  const v = Float32Array.from(values)
  normalise(v)
  return v
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Options of {@link SemanticIndex.prepare}. */
export interface SemanticOptions {
  log?: SemanticLog
  /** Defaults to one cache per process. */
  cache?: EmbeddingCache
}

/** Tool vectors of one catalogue from a provider; `offline` when they could not be had. */
export class SemanticIndex {
  private warned = false

  private constructor(
    private readonly provider: EmbeddingsProvider,
    private readonly rows: Float32Array,
    private readonly dims: number,
    /** Why the provider is not used, when it is not: the filter then runs offline. */
    readonly offlineReason: string | undefined,
    private readonly log: SemanticLog | undefined,
  ) {}

  /** True when the filter runs on lexical relevance only. */
  get offline(): boolean {
    return this.offlineReason !== undefined
  }

  /**
   * Embeds the prefilter's tools (only those the cache lacks). Never throws: a failing provider
   * gives an offline index and one warning.
   */
  static async prepare(
    prefilter: ToolPrefilter,
    provider: EmbeddingsProvider,
    options: SemanticOptions = {},
  ): Promise<SemanticIndex> {
    const cache = options.cache ?? processCache
    const texts = prefilter.index.tools.map(toolEmbeddingText)
    const offline = (why: string) => {
      options.log?.warning(`prefilter: embeddings unavailable (${why}); filtering offline`)
      return new SemanticIndex(provider, new Float32Array(0), 0, why, options.log)
    }
    const missing = [...new Set(texts.filter((t) => !cache.get(provider.model, t)))]
    try {
      if (missing.length > 0) {
        const vectors = await provider.embed(missing)
        missing.forEach((text, i) => cache.set(provider.model, text, unit(vectors[i]!)))
      }
    } catch (error) {
      return offline(reason(error))
    }
    const dims = texts.length > 0 ? cache.get(provider.model, texts[0]!)!.length : 0
    const rows = new Float32Array(texts.length * dims)
    for (const [i, text] of texts.entries()) {
      const v = cache.get(provider.model, text)!
      if (v.length !== dims)
        return offline(`the model returned vectors of ${v.length} and ${dims} dimensions`)
      rows.set(v, i * dims)
    }
    return new SemanticIndex(provider, rows, dims, undefined, options.log)
  }

  /**
   * The dense signal of a message for {@link ToolPrefilter.filter}, or undefined when offline or
   * when embedding the message fails (warned once per index, so a dead provider does not flood logs).
   */
  async signal(message: string): Promise<DenseSignal | undefined> {
    return (await this.signals([message]))[0]!.dense
  }

  /**
   * What {@link ToolPrefilter.filter} takes for each of many messages (a benchmark's cases),
   * embedded in the provider's batches; `{}` for each when offline or when the provider fails.
   */
  async signals(messages: readonly string[]): Promise<PrefilterSignals[]> {
    const out = messages.map((): PrefilterSignals => ({}))
    if (this.offline) return out
    const asked = [...messages.keys()].filter((i) => messages[i]!.trim() !== '')
    if (asked.length === 0) return out
    try {
      const vectors = await this.provider.embed(asked.map((i) => messages[i]!))
      asked.forEach((i, k) => {
        const query = unit(vectors[k]!)
        if (query.length !== this.dims)
          throw new Error(`message vector has ${query.length} dimensions, tools ${this.dims}`)
        out[i] = { dense: cosineRelevance(this.rows, this.dims, query) }
      })
      return out
    } catch (error) {
      if (!this.warned)
        this.log?.warning(`prefilter: embedding the message failed (${reason(error)}); filtering offline`)
      this.warned = true
      return messages.map(() => ({}))
    }
  }
}

/**
 * Filters with the provider's help when it answers, offline otherwise: the async counterpart of
 * {@link ToolPrefilter.filter}.
 */
export async function filterWithEmbeddings(
  prefilter: ToolPrefilter,
  semantic: SemanticIndex,
  message: string,
  context: PrefilterContext = {},
): Promise<PrefilterResult> {
  const dense = await semantic.signal(message)
  return prefilter.filter(message, context, dense ? { dense } : {})
}
