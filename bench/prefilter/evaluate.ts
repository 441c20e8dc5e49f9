/**
 * Runs the prefilter and the plain BM25 baseline over a dataset at one catalogue size, on the same
 * catalogues, and summarises both with the same metrics the CLI benchmark uses.
 */
import { performance } from 'node:perf_hooks'
import {
  caseOutcome,
  summarise,
  type BenchmarkFigures,
  type CaseOutcome,
} from '../../src/prefilter/metrics.js'
import { ToolPrefilter, type PrefilterOptions } from '../../src/prefilter/prefilter.js'
import { SEARCH_LIMIT } from '../../src/prefilter/bench.js'
import { findTools } from '../../src/prefilter/safety-net.js'
import { toolTokens } from '../../src/prefilter/tokens.js'
import type { PrefilterResult, Tool } from '../../src/prefilter/types.js'
import { PlainBm25 } from './baseline.js'
import { catalogueFor } from './catalogue.js'
import type { BenchCase, BenchSet } from './loaders.js'

/** Figures of both strategies at one size. */
export interface SizeFigures {
  size: number
  ours: BenchmarkFigures
  baseline: BenchmarkFigures
}

/** What to run. */
export interface EvaluateOptions {
  /** Catalogue size; undefined for the whole pool. */
  size?: number
  split: 'dev' | 'test'
  prefilter: PrefilterOptions
  baselineK: number
  seed: number
  /** Cap on the cases used (a seeded-order prefix), to keep a run short. */
  maxCases?: number
}

function baselineResult(top: readonly Tool[], catalogue: readonly Tool[]): PrefilterResult {
  const kept = top.reduce((a, t) => a + toolTokens(t, 'json'), 0)
  const total = catalogue.reduce((a, t) => a + toolTokens(t, 'json'), 0)
  const tools = top.map((t) => ({
    name: t.name,
    reasons: [],
    relevance: 0,
    tokens: 0,
    definition: t.definition,
  }))
  return { tools, fallback: false, tokens: { kept, total, reduction: 1 - kept / total } }
}

/** The cases of a split, at most `max`, in a stable order. */
export function casesOf(set: BenchSet, split: 'dev' | 'test', max?: number): BenchCase[] {
  const cases = set.cases.filter((c) => c.split === split)
  if (max === undefined || cases.length <= max) return cases
  // Every n-th case keeps the mix of categories a prefix would lose.
  const step = cases.length / max
  return Array.from({ length: max }, (_, i) => cases[Math.floor(i * step)]!)
}

/** Evaluates both strategies on a set at one size. */
export function evaluate(set: BenchSet, options: EvaluateOptions): SizeFigures {
  const byName = new Map(set.pool.map((t) => [t.name, t]))
  const ours: CaseOutcome[] = []
  const baseline: CaseOutcome[] = []
  const whole = options.size === undefined || options.size >= set.pool.length
  const shared = whole ? new ToolPrefilter(set.pool, options.prefilter) : undefined
  const sharedBaseline = whole ? new PlainBm25(set.pool) : undefined
  const core = options.prefilter.coreTools ?? []
  for (const c of casesOf(set, options.split, options.maxCases)) {
    const catalogue = whole ? set.pool : catalogueFor(set.pool, byName, c, options.size, options.seed)
    const prefilter = shared ?? new ToolPrefilter(catalogue, options.prefilter)
    const start = performance.now()
    const result = prefilter.filter(c.message)
    const ms = performance.now() - start
    const sent = result.tools.map((t) => t.name)
    const found = findTools(prefilter, c.message, sent, SEARCH_LIMIT).map((t) => t.name)
    ours.push(caseOutcome(result, c.expected, core, ms, found))
    const plain = sharedBaseline ?? new PlainBm25(catalogue)
    baseline.push(
      caseOutcome(baselineResult(plain.top(c.message, options.baselineK), catalogue), c.expected, core, 0),
    )
  }
  return {
    size: whole ? set.pool.length : options.size!,
    ours: summarise(ours),
    baseline: summarise(baseline),
  }
}
