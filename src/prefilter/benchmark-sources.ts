/**
 * The benchmark of one repository state, from the texts of its tool registry and cases and its
 * prefilter config: shared by the CLI (files on disk) and the PR action (head on disk, base read
 * from git), so both sides of a comparison are measured the same way.
 */
import { benchmarkReport, runBenchmark, type BenchmarkRun } from './bench.js'
import { parseCases, type PrefilterCase } from './cases.js'
import type { EmbeddingsProvider } from './embeddings.js'
import { assertGatePossible } from './gates.js'
import { ToolPrefilter, type PrefilterSignals } from './prefilter.js'
import type { Associations } from './learn.js'
import { SemanticIndex, type SemanticLog } from './semantic.js'
import { gatesFromConfig, optionsFromConfig, withAssociations, type PrefilterConfig } from './settings.js'
import { parseToolFile } from './tool-file.js'
import type { Report } from '../report/types.js'

/** A file's text and the name it is reported under. */
export interface SourceText {
  text: string
  name: string
}

export interface BenchmarkOfSources {
  run: BenchmarkRun
  report: Report
  prefilter: ToolPrefilter
}

/** The prefilter and the parsed cases of one state, ready to measure. */
interface PreparedSources {
  prefilter: ToolPrefilter
  cases: PrefilterCase[]
}

function prepareSources(
  tools: SourceText,
  cases: SourceText,
  config: PrefilterConfig,
  coreOverride: string[] | undefined,
  associations: Associations | undefined,
): PreparedSources {
  const prefilter = new ToolPrefilter(
    parseToolFile(tools.text, tools.name),
    withAssociations(optionsFromConfig(config, coreOverride), associations),
  )
  assertGatePossible(config['min-token-reduction'], prefilter.coreShare, prefilter.coreToolNames)
  const names = new Set(prefilter.index.tools.map((t) => t.name))
  return { prefilter, cases: parseCases(cases.text, cases.name, names) }
}

function measure(
  prepared: PreparedSources,
  tools: SourceText,
  cases: SourceText,
  config: PrefilterConfig,
  signals: readonly PrefilterSignals[] = [],
): BenchmarkOfSources {
  const { prefilter } = prepared
  const run = runBenchmark(prefilter, prepared.cases, signals)
  const report = benchmarkReport(run, prefilter, gatesFromConfig(config), {
    tools: tools.name,
    cases: cases.name,
  })
  return { run, report, prefilter }
}

/**
 * Parses the registry and cases, builds the prefilter from config and runs the benchmark offline.
 * @throws ToolFileError / CasesFileError naming the file and position of bad input.
 */
export function benchmarkSources(
  tools: SourceText,
  cases: SourceText,
  config: PrefilterConfig,
  coreOverride?: string[],
  associations?: Associations,
): BenchmarkOfSources {
  return measure(prepareSources(tools, cases, config, coreOverride, associations), tools, cases, config)
}

/** The embeddings provider a benchmark asks, and where it reports falling back to offline. */
export interface BenchmarkEmbeddings {
  provider: EmbeddingsProvider
  log?: SemanticLog
}

/**
 * {@link benchmarkSources} with the embeddings provider the config names, if any: the catalogue and
 * every case's message are embedded (in the provider's batches) before the run, so the figures are
 * those `prefilter filter` gets with the same config. Without a provider (or with a failing one,
 * after one warning) the figures are the offline ones.
 */
export async function benchmarkSourcesWithEmbeddings(
  tools: SourceText,
  cases: SourceText,
  config: PrefilterConfig,
  embeddings: BenchmarkEmbeddings | undefined,
  coreOverride?: string[],
  associations?: Associations,
): Promise<BenchmarkOfSources> {
  const prepared = prepareSources(tools, cases, config, coreOverride, associations)
  if (!embeddings) return measure(prepared, tools, cases, config)
  const semantic = await SemanticIndex.prepare(prepared.prefilter, embeddings.provider, {
    ...(embeddings.log ? { log: embeddings.log } : {}),
  })
  const signals = await semantic.signals(prepared.cases.map((c) => c.message))
  return measure(prepared, tools, cases, config, signals)
}
