/**
 * The prefilter action (`actions/prefilter`, or the root action with `command: prefilter`): the
 * token benchmark of the repository's registry compared with the base branch, published as job
 * summary and sticky comment; fails on a missed gate or a regression.
 */
import * as core from '@actions/core'
import { prefilterBenchRequest, runPrefilterBench } from '../prefilter/run.js'
import { runAction } from '../runtime/action.js'
import type { Runtime } from '../runtime/runtime.js'
import { commentStyle, headCommit, publishPullRequestComment, publishReport } from './publish.js'

export async function prefilterAction(runtime: Runtime): Promise<void> {
  commentStyle(runtime) // a typo in the input fails now, not after the whole run
  const { report, head } = await runPrefilterBench(runtime, prefilterBenchRequest(runtime))
  await publishReport(report, {
    rootInWorkspace: runtime.rootInWorkspace,
    gate: { head: headCommit(runtime) },
  })
  const figures = head.run.figures
  core.setOutput('token-reduction', figures.tokenReduction.mean.toFixed(4))
  core.setOutput('completeness', figures.completeness.toFixed(4))
  const pullNumber = runtime.event().pullNumber
  if (pullNumber && runtime.request.flag('comment')) {
    await publishPullRequestComment(runtime, pullNumber, report)
  }
  if (!report.ok) core.setFailed(`launchgate prefilter: ${report.title}`)
}

/** The action's entry point (`dist/prefilter.js`, and @github/local-action). */
export const run = (): Promise<void> => runAction('prefilter', prefilterAction)
