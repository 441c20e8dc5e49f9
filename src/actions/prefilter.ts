/**
 * The prefilter action (`actions/prefilter`, or the root action with `command: prefilter`): the
 * token benchmark of the repository's registry compared with the base branch, published as job
 * summary and sticky comment; fails on a missed gate or a regression.
 */
import * as core from '@actions/core'
import { prefilterBenchRequest, runPrefilterBench } from '../prefilter/run.js'
import { runAction } from '../runtime/action.js'
import type { Runtime } from '../runtime/runtime.js'
import { publishPullRequestComment, publishReport } from './publish.js'

export async function prefilterAction(runtime: Runtime): Promise<void> {
  const { report, head } = await runPrefilterBench(runtime, prefilterBenchRequest(runtime))
  await publishReport(report, { rootInWorkspace: runtime.rootInWorkspace })
  const figures = head.run.figures
  core.setOutput('token-reduction', figures.tokenReduction.mean.toFixed(4))
  core.setOutput('completeness', figures.completeness.toFixed(4))
  const pullNumber = runtime.event().pullNumber
  if (pullNumber && runtime.request.flag('comment')) {
    await publishPullRequestComment(runtime.forge(), pullNumber, report, runtime.logger)
  }
  if (!report.ok) core.setFailed(`launchgate prefilter: ${report.title}`)
}

/** The action's entry point (`dist/prefilter.js`, and @github/local-action). */
export const run = (): Promise<void> => runAction('prefilter', prefilterAction)
