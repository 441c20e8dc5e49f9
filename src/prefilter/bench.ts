/**
 * The benchmark use case: run the prefilter over labelled cases, measure completeness, recall,
 * token reduction, core tools kept and latency, and decide the gates. Its report's `data` holds
 * the figures, so `--format json` prints them at the top level.
 */
import { performance } from 'node:perf_hooks'
import type { Finding, Report } from '../report/types.js'
import type { PrefilterCase } from './cases.js'
import { describeMissing } from './core-tools.js'
import { findTools, requestShapeTokens } from './safety-net.js'
import { caseOutcome, summarise, type BenchmarkFigures, type CaseOutcome } from './metrics.js'
import type { PrefilterSignals, ToolPrefilter } from './prefilter.js'
import { pct } from '../util/percent.js'

/** The gates of the `prefilter` config section. */
export interface BenchmarkGates {
  minTokenReduction: number
  minCompleteness: number
  /** Reported next to the reduction; not gated. */
  targetTokenReduction?: number
}

/** A finished run: the figures and each case's outcome. */
export interface BenchmarkRun {
  figures: BenchmarkFigures
  outcomes: Array<CaseOutcome & { line: number }>
}

/** Where the inputs came from, named in the report. */
export interface BenchmarkSources {
  tools: string
  cases: string
}

// Each case is timed over several calls after a warm-up, so p50/p99 measure the filter, not the JIT.
const REPEATS = 5
/** Tools one `find_tools` or tool-search call returns. */
export const SEARCH_LIMIT = 5

/**
 * Runs every case through the prefilter.
 * @param signals per case, what an async step found (e.g. {@link SemanticIndex.signals}); the
 *   latency figures then time the synchronous filter only, not the provider's round trip
 */
export function runBenchmark(
  prefilter: ToolPrefilter,
  cases: readonly PrefilterCase[],
  signals: readonly PrefilterSignals[] = [],
): BenchmarkRun {
  // Configured names, present or not: a core tool missing from the catalogue is never "kept".
  const core = prefilter.configuredCore
  for (const c of cases.slice(0, 20)) prefilter.filter(c.message, c.context)
  const outcomes = cases.map((c, n) => {
    const signal = signals[n] ?? {}
    const result = prefilter.filter(c.message, c.context, signal)
    // The model's search query is unknown; the message itself stands in for it.
    const found = findTools(
      prefilter,
      c.message,
      result.tools.map((t) => t.name),
      SEARCH_LIMIT,
    ).map((t) => t.name)
    const times: number[] = []
    for (let i = 0; i < REPEATS; i++) {
      const start = performance.now()
      prefilter.filter(c.message, c.context, signal)
      times.push(performance.now() - start)
    }
    times.sort((a, b) => a - b)
    return { ...caseOutcome(result, c.expected, core, times[Math.floor(REPEATS / 2)]!, found), line: c.line }
  })
  return { figures: summarise(outcomes), outcomes }
}

const round1 = (x: number) => Math.round(x * 10) / 10

/** Tokens the safety net adds to a request of each shape (the search tool's definition). */
function safetyNetTokens(): { anthropic: number; openai: number } {
  const empty = { tools: [], fallback: false, tokens: { kept: 0, total: 0, reduction: 0 } }
  const shapes = requestShapeTokens(empty, SEARCH_LIMIT)
  return { anthropic: shapes.anthropic, openai: shapes.openai }
}

function gateFindings(
  figures: BenchmarkFigures,
  gates: BenchmarkGates,
  sources: BenchmarkSources,
  prefilter: ToolPrefilter,
): Finding[] {
  const findings: Finding[] = prefilter.missingCore.map((missing) => ({
    rule: 'prefilter-core-missing',
    severity: 'CRITICAL' as const,
    message: `core tool ${describeMissing(missing)} is not in the catalogue, so it is never sent; fix prefilter.core-tools`,
    file: sources.tools,
  }))
  if (figures.tokenReduction.mean < gates.minTokenReduction) {
    findings.push({
      rule: 'prefilter-token-reduction',
      severity: 'HIGH',
      message: `mean token reduction ${pct(figures.tokenReduction.mean)} is below the gate ${pct(gates.minTokenReduction)}`,
      file: sources.cases,
    })
  }
  if (figures.completeness < gates.minCompleteness) {
    findings.push({
      rule: 'prefilter-completeness',
      severity: 'HIGH',
      message: `${pct(figures.completeness)} of cases kept all their tools; the gate is ${pct(gates.minCompleteness)}`,
      file: sources.cases,
    })
  }
  if (figures.coreKept < 1) {
    findings.push({
      rule: 'prefilter-core-tools',
      severity: 'CRITICAL',
      message: `core tools were dropped in ${pct(1 - figures.coreKept)} of cases; they must always be sent`,
      file: sources.cases,
    })
  }
  return findings
}

/** One finding per case that lost a needed tool, at its line (capped: the gate has the total). */
function missFindings(run: BenchmarkRun, sources: BenchmarkSources): Finding[] {
  return run.outcomes
    .filter((o) => !o.complete)
    .slice(0, 50)
    .map((o) => ({
      rule: 'prefilter-missed-tool',
      severity: 'LOW' as const,
      message: `needed tool ${o.missing.join(', ')} was filtered out`,
      file: sources.cases,
      line: o.line,
    }))
}

/**
 * The benchmark's report: gates decide `ok`; figures go to `data`; tokenizer and serialisation
 * are named so a reader knows what "tokens" means.
 */
export function benchmarkReport(
  run: BenchmarkRun,
  prefilter: ToolPrefilter,
  gates: BenchmarkGates,
  sources: BenchmarkSources,
): Report {
  const f = run.figures
  const net = safetyNetTokens()
  const gating = gateFindings(f, gates, sources, prefilter)
  const ok = gating.length === 0
  const title = `${ok ? 'Prefilter gate passed' : 'Prefilter gate failed'}: ${pct(f.tokenReduction.mean)} fewer tool tokens, ${pct(f.completeness)} of ${f.cases} cases complete`
  const row = (metric: string, value: string, gate: string, pass: boolean) => [
    metric,
    value,
    gate,
    pass ? 'pass' : 'FAIL',
  ]
  return {
    capability: 'prefilter',
    title,
    ok,
    findings: [...gating, ...missFindings(run, sources)],
    sections: [
      {
        title: 'Benchmark',
        text: `Tokens counted with ${prefilter.counting.tokenizer} over ${prefilter.counting.serialisation}.`,
        table: {
          columns: ['metric', 'value', 'gate', 'result'],
          rows: [
            row(
              'token reduction (mean)',
              pct(f.tokenReduction.mean),
              `>= ${pct(gates.minTokenReduction)}`,
              f.tokenReduction.mean >= gates.minTokenReduction,
            ),
            row(
              'completeness',
              pct(f.completeness),
              `>= ${pct(gates.minCompleteness)}`,
              f.completeness >= gates.minCompleteness,
            ),
            row('core tools kept', pct(f.coreKept), '100%', f.coreKept >= 1),
            ['attainable reduction (core tools always sent)', pct(f.attainableReduction), '', ''],
            ['token reduction on the non-core part', pct(f.nonCoreReduction), '', ''],
            ['reachable (kept, or found by one search call)', pct(f.reachable), '', ''],
            ['tool recall', pct(f.toolRecall), '', ''],
            ['token reduction (p10)', pct(f.tokenReduction.p10), '', ''],
            ['tokens per request', `${f.tokensPerRequest.before} -> ${f.tokensPerRequest.after}`, '', ''],
            [
              'with the safety net: Anthropic (deferred + tool search) / OpenAI (find_tools)',
              `${round1(f.tokensPerRequest.after + net.anthropic)} / ${round1(f.tokensPerRequest.after + net.openai)}`,
              '',
              '',
            ],
            ['latency p50 / p99', `${f.latencyMs.p50} / ${f.latencyMs.p99} ms`, '', ''],
          ],
        },
      },
    ],
    data: {
      ...f,
      tokenizer: prefilter.counting.tokenizer,
      serialisation: prefilter.counting.serialisation,
      catalogue: { tools: prefilter.index.tools.length, tokens: prefilter.index.totalTokens },
      gates: { ...gates, coreKept: 1 },
      safetyNetTokens: net,
      sources,
    },
  }
}
