/** Index build time and filter latency of the prefilter on catalogues of a given size. */
import { performance } from 'node:perf_hooks'
import { quantile } from '../../src/prefilter/metrics.js'
import { ToolPrefilter } from '../../src/prefilter/prefilter.js'
import { catalogueFor } from './catalogue.js'
import type { BenchCase, BenchSet } from './loaders.js'

/** Build and filter timings in milliseconds. */
export interface Latency {
  tools: number
  /**
   * The constructor on fresh tool objects (no cached count helps), and its max; the first filter
   * after it, which counts the tokens and builds the tool vectors (lazy since both are costly);
   * and the constructor with token counts cached.
   */
  buildMs: { p50: number; max: number; firstFilterP50: number; indexOnlyP50: number }
  filterMs: { p50: number; p99: number }
  calls: number
}

const round = (x: number) => Math.round(x * 1000) / 1000

/**
 * Times builds (token counting included: each build gets fresh tool objects so no cached count
 * helps) and filters over `cases`, after a JIT warm-up.
 */
export function measureLatency(
  set: BenchSet,
  cases: readonly BenchCase[],
  size: number,
  seed: number,
): Latency {
  const byName = new Map(set.pool.map((t) => [t.name, t]))
  const builds: number[] = []
  const indexOnly: number[] = []
  const firsts: number[] = []
  const filters: number[] = []
  const catalogues = cases.slice(0, 20).map((c) => catalogueFor(set.pool, byName, c, size, seed))
  for (const catalogue of catalogues) new ToolPrefilter(catalogue).filter('warm up the JIT')
  catalogues.forEach((catalogue, n) => {
    const start = performance.now()
    const prefilter = new ToolPrefilter(catalogue.map((t) => ({ ...t })))
    builds.push(performance.now() - start)
    const first = performance.now()
    prefilter.filter(cases[n]!.message)
    firsts.push(performance.now() - first)
    const warm = performance.now()
    new ToolPrefilter(catalogue)
    indexOnly.push(performance.now() - warm)
    for (const c of cases.slice(n * 25, n * 25 + 25)) prefilter.filter(c.message)
    for (const c of cases.slice(n * 25, n * 25 + 25)) {
      const t = performance.now()
      prefilter.filter(c.message)
      filters.push(performance.now() - t)
    }
  })
  return {
    tools: size,
    buildMs: {
      p50: round(quantile(builds, 0.5)),
      max: round(Math.max(...builds)),
      firstFilterP50: round(quantile(firsts, 0.5)),
      indexOnlyP50: round(quantile(indexOnly, 0.5)),
    },
    filterMs: { p50: round(quantile(filters, 0.5)), p99: round(quantile(filters, 0.99)) },
    calls: filters.length,
  }
}
