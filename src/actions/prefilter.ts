/**
 * The prefilter action (`actions/prefilter`, or the root action with `command: prefilter`): runs
 * the token benchmark on the repository's tool registry and cases, compares it with the base
 * branch (its registry, cases and config read from git, measured by the same code), publishes
 * the table as job summary and sticky comment, and fails on a missed gate or a regression.
 */
import * as core from '@actions/core'
import { loadConfig } from '../config/load.js'
import { confinedPath, readInputFile } from '../config/read-input.js'
import type { LaunchgateConfig } from '../config/schema.js'
import { ConfigurationError } from '../errors.js'
import { benchmarkAtRef } from '../prefilter/benchmark-at-ref.js'
import { benchmarkSources } from '../prefilter/benchmark-sources.js'
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
  const read = (file: string, key: string) =>
    readInputFile(confinedPath(inputs.root, file, key), { display: file, what: key })
  const head = benchmarkSources(
    { text: await read(tools, 'prefilter.tools'), name: tools },
    { text: await read(cases, 'prefilter.cases'), name: cases },
    config.prefilter,
  )
  const baseRef = core.getInput('base') || context.baseSha
  const base = baseRef ? await benchmarkAtRef(inputs.root, baseRef, inputs.configPath) : undefined
  if (base?.problem) core.warning(base.note ?? '')
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
