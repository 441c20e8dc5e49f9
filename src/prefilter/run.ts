/**
 * The prefilter benchmark as both front ends run it: the registry and cases the request or the
 * config names, the learned associations, and on a pull request the same benchmark of the base
 * (its registry, cases and config read from git, measured by the same code) for comparison.
 */
import path from 'node:path'
import { confinedPath, readInputFile } from '../config/read-input.js'
import { ConfigurationError } from '../errors.js'
import type { Report } from '../report/types.js'
import type { Runtime } from '../runtime/runtime.js'
import { benchmarkAtRef } from './benchmark-at-ref.js'
import {
  benchmarkSourcesWithEmbeddings,
  type BenchmarkEmbeddings,
  type BenchmarkOfSources,
  type SourceText,
} from './benchmark-sources.js'
import { parseAssociations, type Associations } from './learn.js'
import { pullRequestReport } from './pull-request.js'
import type { PrefilterConfig } from './settings.js'

/** What a user asks the benchmark for. */
export interface PrefilterBenchRequest {
  /** The tool registry; the config's `prefilter.tools` when absent. */
  tools?: string
  /** The labelled cases; the config's `prefilter.cases` when absent. */
  cases?: string
  /** Core tools instead of the config's. */
  core?: string[]
  /** Compare with this git ref (the pull request's base in an action). */
  base?: string
  /** Report as a pull request's comparison even without a base (the action's shape). */
  pullRequest: boolean
}

export interface PrefilterBenchOutcome {
  report: Report
  head: BenchmarkOfSources
}

/** A comma-separated list, or undefined when not given. */
export function nameList(text: string | undefined): string[] | undefined {
  return text
    ?.split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

/** Reads the request; the base defaults to the pull request's base commit. */
export function prefilterBenchRequest(runtime: Runtime): PrefilterBenchRequest {
  const { request } = runtime
  const pullRequest = runtime.surface === 'action'
  return {
    tools: request.text('tools'),
    cases: request.text('cases'),
    core: nameList(request.text('core')),
    base: request.text('base') ?? (pullRequest ? runtime.event().baseSha : undefined),
    pullRequest,
  }
}

/** A file named by the request (relative to the cwd) or by the config (confined to the root). */
export function prefilterInput(
  runtime: Runtime,
  given: string | undefined,
  configured: string | undefined,
  what: string,
): { absolute: string; shown: string } {
  if (given) return { absolute: path.resolve(runtime.cwd, given), shown: given }
  // A path from the config stays inside the repository; one on the command line is the user's say.
  if (configured)
    return { absolute: confinedPath(runtime.root, configured, `prefilter.${what}`), shown: configured }
  const hint = runtime.surface === 'cli' ? ` (or pass --${what} <file>)` : ''
  throw new ConfigurationError(
    what === 'tools' || what === 'cases'
      ? `prefilter.tools and prefilter.cases must name the tool registry (JSON) and the labelled cases (JSON Lines): no ${what} file${hint}`
      : `no ${what} file: pass --${what} <file>`,
    { key: `prefilter.${what}` },
  )
}

export function readPrefilterInput(file: { absolute: string; shown: string }, what: string): Promise<string> {
  return readInputFile(file.absolute, { display: file.shown, what: `${what} file` })
}

/** The association file the config names (learned from traffic), parsed; undefined when none. */
export async function readAssociations(runtime: Runtime): Promise<Associations | undefined> {
  const configured = (await runtime.config()).config.prefilter.associations
  if (!configured) return undefined
  const file = { absolute: path.resolve(runtime.root, configured), shown: configured }
  return parseAssociations(await readPrefilterInput(file, 'associations'), configured)
}

/**
 * The embeddings provider a config section names, for a benchmark; undefined (after a warning when
 * it is configured but unusable) to measure offline, as `prefilter filter` would then run.
 */
export function benchmarkEmbeddings(
  runtime: Pick<Runtime, 'embeddings' | 'logger'>,
  config: PrefilterConfig,
): BenchmarkEmbeddings | undefined {
  const setting = runtime.embeddings(config)
  if (setting.warning) runtime.logger.warning(setting.warning)
  return setting.provider ? { provider: setting.provider, log: runtime.logger } : undefined
}

/** Runs the benchmark, and the base's when asked; with the configured embeddings provider, if any. */
export async function runPrefilterBench(
  runtime: Runtime,
  request: PrefilterBenchRequest,
): Promise<PrefilterBenchOutcome> {
  const { config } = await runtime.config()
  const tools = prefilterInput(runtime, request.tools, config.prefilter.tools, 'tools')
  const cases = prefilterInput(runtime, request.cases, config.prefilter.cases, 'cases')
  const toolText: SourceText = { text: await readPrefilterInput(tools, 'tools'), name: tools.shown }
  const caseText: SourceText = { text: await readPrefilterInput(cases, 'cases'), name: cases.shown }
  const associations = await readAssociations(runtime)
  const embeddings = benchmarkEmbeddings(runtime, config.prefilter)
  const head = await benchmarkSourcesWithEmbeddings(
    toolText,
    caseText,
    config.prefilter,
    embeddings,
    request.core,
    associations,
  )
  if (!request.pullRequest && request.base === undefined) return { report: head.report, head }
  const base = request.base
    ? await benchmarkAtRef(runtime.root, request.base, runtime.configPath, (baseConfig) =>
        benchmarkEmbeddings(runtime, baseConfig),
      )
    : undefined
  if (base?.problem) runtime.logger.warning(base.note ?? '')
  return { report: pullRequestReport(head, base?.benchmark, base?.note), head }
}
