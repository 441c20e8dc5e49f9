/**
 * The deploy action (`actions/deploy`, or the root action with `command: deploy`): phase 6 as a
 * manually dispatched workflow step. Runs the deploy use case and publishes the summary and the
 * outputs `sha`, `deployment-id` and `result`.
 */
import * as core from '@actions/core'
import { deployReport } from '../deploy/report.js'
import { deployFromRuntime } from '../deploy/run-from-runtime.js'
import { runAction } from '../runtime/action.js'
import type { Runtime } from '../runtime/runtime.js'
import { publishReport } from './publish.js'

export async function deployAction(runtime: Runtime): Promise<void> {
  const outcome = await deployFromRuntime(runtime)
  const report = deployReport(outcome)
  await publishReport(report, { rootInWorkspace: runtime.rootInWorkspace })
  core.setOutput('sha', outcome.sha ?? '')
  core.setOutput('deployment-id', outcome.deployment ? String(outcome.deployment.id) : '')
  core.setOutput('result', outcome.result)
  if (!report.ok) core.setFailed(`launchgate deploy: ${outcome.message}`)
}

/** The action's entry point (`dist/deploy.js`, and @github/local-action). */
export const run = (): Promise<void> => runAction('deploy', deployAction)
