/**
 * The benchmark of one repository state, from the texts of its tool registry and cases and its
 * prefilter config: shared by the CLI (files on disk) and the PR action (head on disk, base read
 * from git), so both sides of a comparison are measured the same way.
 */
import type { LaunchgateConfig } from '../config/schema.js'
import { benchmarkReport, runBenchmark, type BenchmarkRun } from './bench.js'
import { parseCases } from './cases.js'
import { assertGatePossible } from './gates.js'
import { ToolPrefilter } from './prefilter.js'
import type { Associations } from './learn.js'
import { gatesFromConfig, optionsFromConfig, withAssociations } from './settings.js'
import { parseToolFile } from './tool-file.js'
import type { Report } from '../report/types.js'

type PrefilterConfig = LaunchgateConfig['prefilter']

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

/**
 * Parses the registry and cases, builds the prefilter from config and runs the benchmark.
 * @throws ToolFileError / CasesFileError naming the file and position of bad input.
 */
export function benchmarkSources(
  tools: SourceText,
  cases: SourceText,
  config: PrefilterConfig,
  coreOverride?: string[],
  associations?: Associations,
): BenchmarkOfSources {
  const prefilter = new ToolPrefilter(
    parseToolFile(tools.text, tools.name),
    withAssociations(optionsFromConfig(config, coreOverride), associations),
  )
  assertGatePossible(config['min-token-reduction'], prefilter.coreShare, prefilter.coreToolNames)
  const names = new Set(prefilter.index.tools.map((t) => t.name))
  const run = runBenchmark(prefilter, parseCases(cases.text, cases.name, names))
  const report = benchmarkReport(run, prefilter, gatesFromConfig(config), {
    tools: tools.name,
    cases: cases.name,
  })
  return { run, report, prefilter }
}
