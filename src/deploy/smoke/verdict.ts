/**
 * Pure verdicts of the smoke tests: does an answer meet its expectation (status, JSON fields,
 * latency budget), and is the P95 of the HTTP requests within the plan's budget.
 */
import type { LatencyVerdict, SmokeResult } from '../types.js'
import { nearestRank } from '../../util/quantile.js'

/** What a check expects of an answer. */
export interface Expectation {
  status: number
  /** Dotted paths (`checks.database.0.status`) and the values they must hold. */
  json: Record<string, string | number | boolean | null>
  'latency-ms'?: number
}

/** An answer as measured; `error` when none arrived. */
export interface MeasuredAnswer {
  status?: number
  body?: unknown
  latencyMs: number
  error?: string
}

/** The value at a dotted path of a JSON value; numeric segments index arrays. */
export function valueAt(body: unknown, path: string): unknown {
  let value: unknown = body
  for (const segment of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[segment]
  }
  return value
}

/** Why the answer misses the expectation; empty when it meets it. */
export function answerProblems(expect: Expectation, answer: MeasuredAnswer): string[] {
  if (answer.error !== undefined) return [answer.error]
  const problems: string[] = []
  if (answer.status !== expect.status)
    problems.push(`HTTP ${answer.status ?? '?'} instead of ${expect.status}`)
  for (const [path, wanted] of Object.entries(expect.json)) {
    const got = valueAt(answer.body, path)
    if (got !== wanted)
      problems.push(`${path} is ${JSON.stringify(got) ?? 'missing'}, expected ${JSON.stringify(wanted)}`)
  }
  const budget = expect['latency-ms']
  if (budget !== undefined && answer.latencyMs > budget) {
    problems.push(`took ${answer.latencyMs} ms, over its ${budget} ms budget`)
  }
  return problems
}

/**
 * The 95th percentile by the nearest-rank method: the smallest sample at or above 95 % of them.
 * With few samples it is the slowest one, which is the honest answer for a budget check.
 */
export function p95(samples: readonly number[]): number | undefined {
  return nearestRank(samples, 0.95)
}

/** The P95 of every HTTP request the smoke tests made, against the budget (strictly below it). */
export function latencyVerdict(results: readonly SmokeResult[], budgetMs: number): LatencyVerdict {
  const samples = results.flatMap((r) => r.httpLatenciesMs)
  const value = p95(samples)
  return { samples: samples.length, p95Ms: value, budgetMs, ok: value === undefined || value < budgetMs }
}

/** True when every test passed and the P95 is within budget. */
export function smokePassed(results: readonly SmokeResult[], latency: LatencyVerdict): boolean {
  return results.every((r) => r.ok) && latency.ok
}
