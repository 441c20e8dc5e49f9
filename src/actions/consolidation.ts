/**
 * The consolidation action (`actions/consolidation`, or the root action with
 * `command: consolidation`): runs the check, publishes summary, annotations, SARIF and a
 * sticky PR comment, and fails the step when a violation is new.
 */
import * as core from '@actions/core'
import { loadConfig } from '../config/load.js'
import { runConsolidation } from '../consolidation/run.js'
import { githubForge, readRunContext } from './context.js'
import { readCommonInputs } from './inputs.js'
import { publishPullRequestComment, publishReport } from './publish.js'

/** The body shared by the standalone action and the root action's `consolidation` command. */
export async function consolidationAction(): Promise<void> {
  const inputs = readCommonInputs()
  const context = readRunContext()
  const { config } = await loadConfig({ root: inputs.root, configPath: inputs.configPath })
  const since = core.getInput('since') || undefined
  const report = await runConsolidation({ root: inputs.root, config: config.consolidation, since })
  await publishReport(report, { sarif: true, rootInWorkspace: inputs.rootInWorkspace })
  core.setOutput('violations', String((report.data?.violations as unknown[] | undefined)?.length ?? 0))
  if (context.pullNumber && core.getBooleanInput('comment')) {
    await publishPullRequestComment(githubForge(inputs.token, context.repo), context.pullNumber, report)
  }
  if (!report.ok) core.setFailed(`launchgate consolidation: ${report.title}`)
}
