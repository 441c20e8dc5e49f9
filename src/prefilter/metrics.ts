/**
 * Benchmark figures: per case (were the needed tools kept, how many tokens were saved) and their
 * summary over a run. Pure, so the CLI benchmark and the public benchmark score the same way.
 */
import type { PrefilterResult } from './types.js'
import { nearestRank } from '../util/quantile.js'

/** How one case went. */
export interface CaseOutcome {
  /** All expected tools kept. */
  complete: boolean
  /** All expected tools kept or found by the safety net's search (one more turn). */
  reachable: boolean
  /** Share of expected tools kept (1 when none were expected). */
  recall: number
  /** 1 - kept tokens / catalogue tokens. */
  reduction: number
  keptTools: number
  keptTokens: number
  totalTokens: number
  /** Tokens of the core tools kept (sent on every request, whatever the message). */
  coreTokens: number
  /** All configured core tools were kept (a core name missing from the catalogue is not kept). */
  coreKept: boolean
  missing: string[]
  latencyMs: number
}

/** The summary the CLI prints and the gates read. */
export interface BenchmarkFigures {
  cases: number
  completeness: number
  /** Share of cases whose needed tools were all kept or found by the safety net's search. */
  reachable: number
  toolRecall: number
  tokenReduction: { mean: number; p10: number }
  /** The most any filter that keeps the core tools can save: 1 - core tokens / all tokens (mean). */
  attainableReduction: number
  /** Reduction on the part the filter decides: 1 - (kept - core) / (all - core) tokens (mean). */
  nonCoreReduction: number
  coreKept: number
  latencyMs: { p50: number; p99: number }
  tokensPerRequest: { before: number; after: number }
  keptTools: { mean: number }
}

/** Scores one prefilter result against the tools a case expects. */
export function caseOutcome(
  result: PrefilterResult,
  expected: readonly string[],
  core: readonly string[],
  latencyMs: number,
  found: readonly string[] = [],
): CaseOutcome {
  const kept = new Set(result.tools.map((t) => t.name))
  const missing = expected.filter((name) => !kept.has(name))
  return {
    complete: missing.length === 0,
    reachable: missing.every((name) => found.includes(name)),
    recall: expected.length === 0 ? 1 : (expected.length - missing.length) / expected.length,
    reduction: result.tokens.reduction,
    keptTools: result.tools.length,
    keptTokens: result.tokens.kept,
    totalTokens: result.tokens.total,
    coreTokens: result.tools.filter((t) => t.reasons.includes('core')).reduce((a, t) => a + t.tokens, 0),
    coreKept: core.every((name) => kept.has(name)),
    missing,
    latencyMs,
  }
}

/** The q-quantile (0..1) of a list, by the nearest-rank method; 0 for an empty list. */
export function quantile(values: readonly number[], q: number): number {
  return nearestRank(values, q) ?? 0
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length
}

/** 1 - part / whole; 0 for an empty whole. */
const share = (part: number, whole: number) => (whole <= 0 ? 0 : 1 - part / whole)

const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits

/** Summarises a run; shares are rounded to 4 digits and latencies to microseconds. */
export function summarise(outcomes: readonly CaseOutcome[]): BenchmarkFigures {
  const reductions = outcomes.map((o) => o.reduction)
  const latencies = outcomes.map((o) => o.latencyMs)
  return {
    cases: outcomes.length,
    completeness: round(mean(outcomes.map((o) => (o.complete ? 1 : 0)))),
    reachable: round(mean(outcomes.map((o) => (o.reachable ? 1 : 0)))),
    toolRecall: round(mean(outcomes.map((o) => o.recall))),
    tokenReduction: { mean: round(mean(reductions)), p10: round(quantile(reductions, 0.1)) },
    attainableReduction: round(mean(outcomes.map((o) => share(o.coreTokens, o.totalTokens)))),
    nonCoreReduction: round(
      mean(outcomes.map((o) => share(o.keptTokens - o.coreTokens, o.totalTokens - o.coreTokens))),
    ),
    coreKept: round(mean(outcomes.map((o) => (o.coreKept ? 1 : 0)))),
    latencyMs: { p50: round(quantile(latencies, 0.5), 3), p99: round(quantile(latencies, 0.99), 3) },
    tokensPerRequest: {
      before: round(mean(outcomes.map((o) => o.totalTokens)), 1),
      after: round(mean(outcomes.map((o) => o.keptTokens)), 1),
    },
    keptTools: { mean: round(mean(outcomes.map((o) => o.keptTools)), 2) },
  }
}
