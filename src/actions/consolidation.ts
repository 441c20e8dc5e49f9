/**
 * The consolidation action (`actions/consolidation`, or the root action with
 * `command: consolidation`): runs the check, publishes summary, annotations, SARIF and a
 * sticky PR comment, and fails the step when a violation is new.
 */
import * as core from '@actions/core'
import { consolidationFromRuntime } from '../consolidation/run-from-runtime.js'
import { runAction } from '../runtime/action.js'
import type { Runtime } from '../runtime/runtime.js'
import { commentStyle, headCommit, publishPullRequestComment, publishReport } from './publish.js'

export async function consolidationAction(runtime: Runtime): Promise<void> {
  commentStyle(runtime) // a typo in the input fails now, not after the whole run
  const report = await consolidationFromRuntime(runtime)
  await publishReport(report, {
    sarif: true,
    rootInWorkspace: runtime.rootInWorkspace,
    gate: { head: headCommit(runtime) },
  })
  core.setOutput('violations', String((report.data?.violations as unknown[] | undefined)?.length ?? 0))
  const pullNumber = runtime.event().pullNumber
  if (pullNumber && runtime.request.flag('comment')) {
    await publishPullRequestComment(runtime, pullNumber, report)
  }
  if (!report.ok) core.setFailed(`launchgate consolidation: ${report.title}`)
}

/** The action's entry point (`dist/consolidation.js`, and @github/local-action). */
export const run = (): Promise<void> => runAction('consolidation', consolidationAction)
