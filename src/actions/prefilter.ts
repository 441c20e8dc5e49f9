/**
 * The prefilter action (`actions/prefilter`, or the root action with `command: prefilter`): runs
 * the token benchmark on the repository's tool registry and cases, compares it with the base
 * branch (its registry, cases and config read from git, measured by the same code), publishes
 * the table as job summary and sticky comment, and fails on a missed gate or a regression.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import * as core from '@actions/core'
import { loadConfig, parseConfig } from '../config/load.js'
import { DEFAULT_CONFIG_PATH, type LaunchgateConfig } from '../config/schema.js'
import { ConfigurationError, describeError } from '../errors.js'
import { readFileAtRef } from '../git/git.js'
import { benchmarkSources, type BenchmarkOfSources } from '../prefilter/benchmark-sources.js'
import { pullRequestReport } from '../prefilter/pull-request.js'
import { githubForge, readRunContext } from './context.js'
import { readCommonInputs } from './inputs.js'
import { publishPullRequestComment, publishReport } from './publish.js'

type PrefilterConfig = LaunchgateConfig['prefilter']

export async function prefilterAction(): Promise<void> {
  const inputs = readCommonInputs()
  const context = readRunContext()
  const { config } = await loadConfig({ root: inputs.root, configPath: inputs.configPath })
  const { tools, cases } = sourcesOf(config.prefilter)
  const read = (file: string) => readFile(path.resolve(inputs.root, file), 'utf8')
  const head = benchmarkSources(
    { text: await read(tools), name: tools },
    { text: await read(cases), name: cases },
    config.prefilter,
  )
  const baseRef = core.getInput('base') || context.baseSha
  const base = baseRef ? await benchmarkAtRef(inputs.root, baseRef, inputs.configPath) : undefined
  const report = pullRequestReport(head, base?.benchmark, base?.note)

  await publishReport(report, { rootInWorkspace: inputs.rootInWorkspace })
  const figures = head.run.figures
  core.setOutput('token-reduction', figures.tokenReduction.mean.toFixed(4))
  core.setOutput('completeness', figures.completeness.toFixed(4))
  if (context.pullNumber && core.getBooleanInput('comment')) {
    await publishPullRequestComment(githubForge(inputs.token, context.repo), context.pullNumber, report)
  }
  if (!report.ok) core.setFailed(`launchgate prefilter: ${report.title}`)
}

function sourcesOf(config: PrefilterConfig): { tools: string; cases: string } {
  if (!config.tools || !config.cases) {
    throw new ConfigurationError(
      'prefilter.tools and prefilter.cases must name the tool registry (JSON) and the labelled cases (JSON Lines)',
      { key: config.tools ? 'prefilter.cases' : 'prefilter.tools' },
    )
  }
  return { tools: config.tools, cases: config.cases }
}

/**
 * The benchmark of the base commit, or a note saying why there is none. A base without a
 * registry yet is normal (the PR adds the prefilter); a base that is not fetched is a warning.
 */
async function benchmarkAtRef(
  root: string,
  ref: string,
  configPath: string | undefined,
): Promise<{ benchmark?: BenchmarkOfSources; note?: string }> {
  try {
    const configFile = configPath ?? DEFAULT_CONFIG_PATH
    const configText = await readFileAtRef(root, ref, configFile)
    const config = parseConfig(configText ?? '', configFile).prefilter
    if (!config.tools || !config.cases)
      return { note: `The base (${ref.slice(0, 12)}) has no prefilter benchmark yet.` }
    const [tools, cases] = await Promise.all([
      readFileAtRef(root, ref, config.tools),
      readFileAtRef(root, ref, config.cases),
    ])
    if (tools === undefined || cases === undefined) {
      return {
        note: `The base (${ref.slice(0, 12)}) has no ${tools === undefined ? config.tools : config.cases}.`,
      }
    }
    return {
      benchmark: benchmarkSources(
        { text: tools, name: config.tools },
        { text: cases, name: config.cases },
        config,
      ),
    }
  } catch (error) {
    const note = `The base (${ref.slice(0, 12)}) could not be benchmarked: ${describeError(error)}. Check out with fetch-depth: 0 so the base commit is present.`
    core.warning(note)
    return { note }
  }
}
