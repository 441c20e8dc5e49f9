/**
 * `ToolPrefilter`: picks the tools one message needs, from a tool set indexed once. Core tools
 * always; then relevance (BM25 with stems and synonyms, per message and per clause), boosted by the
 * page, app state and the categories the message names; recent tools and their companions; a
 * budget; and a fallback that keeps more, not fewer, when nothing matched.
 */
import {
  companionTools,
  contextTools,
  historyText,
  recentTools,
  toolsOfCategoryTerms,
  type ContextRules,
} from './context.js'
import { derivedCompanions } from './companions.js'
import { missingCoreTools, type MissingCoreTool } from './core-tools.js'
import { coreShare, type CoreShare } from './gates.js'
import {
  blend,
  buildDense,
  denseRelevance,
  vocabularyGap,
  type DenseIndex,
  type DenseSignal,
} from './dense.js'
import { buildIndex, type FieldWeights, type ToolIndex } from './index-build.js'
import {
  buildQuery,
  clauses,
  DEFAULT_SCORING,
  mergeQuery,
  relevance,
  widenQuery,
  type ScoringOptions,
} from './scoring.js'
import { choose, cut, cutFor, DEFAULT_CUT, fill, type Choice, type CutOptions } from './select.js'
import { synonymMap } from './synonyms.js'
import { terms } from './text.js'
import { tokenCounting, type Serialisation } from './tokens.js'
import type { KeepReason, PrefilterContext, PrefilterResult, TokenCounting, Tool } from './types.js'
import { builtInVectors, type WordVectors } from './word-vectors.js'

/** Everything a prefilter can be told; all optional. Names follow the config's `prefilter` section. */
export interface PrefilterOptions {
  /** Tools sent on every request, first, in this order (e.g. `get_time`, `get_location`). */
  coreTools?: readonly string[]
  maxTools?: number
  maxTokens?: number
  /** tool -> extra words users say for it. */
  aliases?: Record<string, readonly string[]>
  /** category -> its tools. */
  categories?: Record<string, readonly string[]>
  /** page or domain -> categories or tools it shows. */
  pages?: Record<string, readonly string[]>
  /** tool -> tools usually called after it. */
  companions?: Record<string, readonly string[]>
  /** Extra synonym groups, added to the built-in ones. */
  synonyms?: readonly string[][]
  recentLimit?: number
  serialisation?: Serialisation
  /** Tuning knobs; defaults were tuned on dev splits only (see bench/prefilter/results.md). */
  cut?: Partial<CutOptions>
  scoring?: Partial<ScoringOptions>
  weights?: FieldWeights
  /** How much a page, state or category match raises a matching tool's relevance (1 + boost). */
  contextBoost?: number
  /**
   * Word vectors for meaning beyond shared words (dense relevance): the built-in GloVe table by
   * default, an app's own table, or `null` for lexical matching only.
   */
  vectors?: WordVectors | null
}

/** What an async step computed for one message before the synchronous filter (see `semantic.ts`). */
export interface PrefilterSignals {
  /** Relevance from an embeddings provider: extends the lexical candidates. */
  dense?: DenseSignal
}

/** Filters tool sets for messages; build once per tool set, then call {@link filter} per request. */
export class ToolPrefilter {
  readonly index: ToolIndex
  readonly counting: TokenCounting
  /** Core tools as configured, present or not: a missing one counts as not kept. */
  readonly configuredCore: readonly string[]
  /** Configured core tools the catalogue lacks, with likely intended names. */
  readonly missingCore: MissingCoreTool[]
  private readonly core: number[]
  private readonly rules: ContextRules
  private readonly synonyms: Map<string, string[]>
  private readonly cutOptions: CutOptions
  private readonly scoring: ScoringOptions
  private readonly contextBoost: number
  private readonly vectors: WordVectors | undefined
  private denseIndex: DenseIndex | undefined

  /**
   * Indexes the tools.
   * @param tools the catalogue, e.g. from {@link parseToolFile} or {@link readTools}
   */
  constructor(tools: readonly Tool[], options: PrefilterOptions = {}) {
    const serialisation = options.serialisation ?? 'auto'
    this.scoring = { ...DEFAULT_SCORING, ...options.scoring }
    this.index = buildIndex(tools, {
      serialisation,
      aliases: options.aliases ?? {},
      categories: options.categories ?? {},
      ...(options.weights ? { weights: options.weights } : {}),
    })
    this.counting = tokenCounting(tools, serialisation)
    this.configuredCore = [...new Set(options.coreTools ?? [])]
    this.missingCore = missingCoreTools(
      this.configuredCore,
      tools.map((t) => t.name),
    )
    this.core = this.configuredCore
      .map((name) => this.index.byName.get(name))
      .filter((i): i is number => i !== undefined)
    this.rules = {
      pages: options.pages ?? {},
      companions: options.companions ?? {},
      derived: derivedCompanions(tools.map((t) => t.name)),
      recentLimit: options.recentLimit ?? 3,
    }
    this.synonyms = synonymMap(options.synonyms ?? [])
    this.cutOptions = cutFor(
      {
        ...DEFAULT_CUT,
        ...options.cut,
        ...(options.maxTools !== undefined ? { maxTools: options.maxTools } : {}),
        ...(options.maxTokens !== undefined ? { maxTokens: options.maxTokens } : {}),
      },
      tools.length,
    )
    this.contextBoost = options.contextBoost ?? 0.5
    const vectors = options.vectors === undefined ? builtInVectors() : options.vectors
    this.vectors = vectors && this.scoring.denseWeight > 0 ? vectors : undefined
  }

  /** Tool vectors, built on first use: a build stays the lexical index alone. */
  private get dense(): DenseIndex | undefined {
    if (this.vectors && !this.denseIndex) this.denseIndex = buildDense(this.index, this.vectors)
    return this.denseIndex
  }

  /** How a provider's embeddings join lexical relevance: they add tools, BM25's order stands. */
  private get embeddingBlend() {
    return {
      denseWeight: this.scoring.embeddingWeight,
      denseFloor: this.scoring.embeddingFloor,
      denseMode: 'max' as const,
    }
  }

  /** What the core tools cost on every request, and what that leaves to save. */
  get coreShare(): CoreShare {
    return coreShare(this.index, this.core)
  }

  /** Names of the core tools present in the catalogue, in their order. */
  get coreToolNames(): string[] {
    return this.core.map((i) => this.index.tools[i]!.name)
  }

  /**
   * Chooses the tools for one message.
   * @param message the user's message; empty is allowed (the fallback decides)
   * @param context page, app state, recent tools, earlier turns; unknown keys are ignored
   * @param signals what an async step found, e.g. `SemanticIndex.signal(message)`
   */
  filter(message: string, context: PrefilterContext = {}, signals: PrefilterSignals = {}): PrefilterResult {
    const index = this.index
    const text = typeof message === 'string' ? message : ''
    const keep = index.keep
    const query = buildQuery(text, this.synonyms, this.scoring, 1, keep)
    const history = historyText(context.turns)
    if (history)
      mergeQuery(query, buildQuery(history, this.synonyms, this.scoring, this.scoring.historyWeight, keep))
    widenQuery(index, query, this.scoring)
    const parts = clauses(text).map((c) =>
      widenQuery(index, buildQuery(c, this.synonyms, this.scoring, 1, keep), this.scoring),
    )
    const scored = relevance(index, query, parts, this.scoring)
    if (this.dense) {
      const denseWeight = this.scoring.denseWeight + this.scoring.denseGapWeight * vocabularyGap(index, text)
      blend(scored, denseRelevance(index, this.dense, text), { ...this.scoring, denseWeight })
    }
    if (signals.dense) blend(scored, signals.dense, this.embeddingBlend)

    const onPage = contextTools(index, context, this.rules)
    const named = toolsOfCategoryTerms(index, new Set(terms(text)))
    const recent = recentTools(index, context, this.rules.recentLimit)
    const companions = companionTools(index, recent.slice(0, 1), this.rules)
    const r = scored.relevance
    for (const i of [...onPage, ...named, ...companions])
      if (r[i]! > 0) r[i] = r[i]! * (1 + this.contextBoost)

    const chosen = new Map<number, Choice>()
    for (const i of this.core) choose(chosen, i, 'core')
    for (const i of recent) choose(chosen, i, 'recent')
    // The last tool's companions are the likeliest next step ("book it" after a search).
    for (const i of companions) choose(chosen, i, 'companion')
    const fallback = scored.best <= 0
    if (fallback) {
      const contextual = [...onPage].sort((a, b) => a - b)
      fill(chosen, contextual, index.tokens, this.cutOptions, 'context')
      // Nothing to go on at all: send the catalogue (within budget) rather than guess.
      if (contextual.length === 0 && recent.length === 0)
        fill(chosen, index.tools.keys(), index.tokens, this.cutOptions, 'fallback')
    } else {
      const reasonOf = (doc: number): KeepReason[] => {
        const reasons: KeepReason[] = ['relevance']
        if (onPage.has(doc)) reasons.push('context')
        if (named.has(doc)) reasons.push('category')
        if (companions.has(doc)) reasons.push('companion')
        return reasons
      }
      cut(chosen, r, index.tokens, this.cutOptions, reasonOf, new Set([...onPage, ...named]))
    }
    return this.result(chosen, r, fallback)
  }

  /**
   * Every tool that matches a query, best first, by the same relevance as {@link filter} (no
   * context, no budget): what a `find_tools` call returns.
   */
  rank(query: string, signals: PrefilterSignals = {}): number[] {
    const index = this.index
    const q = widenQuery(index, buildQuery(query, this.synonyms, this.scoring, 1, index.keep), this.scoring)
    const scored = relevance(index, q, [], this.scoring)
    if (this.dense) blend(scored, denseRelevance(index, this.dense, query), this.scoring)
    if (signals.dense) blend(scored, signals.dense, this.embeddingBlend)
    const r = scored.relevance
    const out: number[] = []
    for (let i = 0; i < r.length; i++) if (r[i]! > 0) out.push(i)
    return out.sort((a, b) => r[b]! - r[a]! || a - b)
  }

  /** Core tools first in config order, then the rest in catalogue order: a stable, cacheable prefix. */
  private result(chosen: Map<number, Choice>, r: Float64Array, fallback: boolean): PrefilterResult {
    const coreSet = new Set(this.core)
    const rest = [...chosen.keys()].filter((i) => !coreSet.has(i)).sort((a, b) => a - b)
    const order = [...this.core, ...rest]
    const tools = order.map((doc) => ({
      name: this.index.tools[doc]!.name,
      reasons: chosen.get(doc)!.reasons,
      relevance: Math.round(Math.min(1, r[doc]!) * 1000) / 1000,
      tokens: this.index.tokens[doc]!,
      definition: this.index.tools[doc]!.definition,
    }))
    const kept = tools.reduce((a, t) => a + t.tokens, 0)
    const total = this.index.totalTokens
    return { tools, fallback, tokens: { kept, total, reduction: total === 0 ? 0 : 1 - kept / total } }
  }
}
