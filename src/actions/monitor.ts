/**
 * The monitor action (`actions/monitor`, or the root action with `command: monitor`): one
 * scheduled check of the latest deployment, with its decision in the job summary (signals,
 * thresholds, verdicts, charts), a rollback PR and issue when a trigger fires, and a Sentry cron
 * check-in of its own run. Fails the step on a rollback decision so the run shows red.
 */
import * as core from '@actions/core'
import { monitorRequest, runMonitor } from '../monitor/run-monitor.js'
import type { Runtime } from '../runtime/runtime.js'
import { runAction } from '../runtime/action.js'
import { publishReport } from './publish.js'

export async function monitorAction(runtime: Runtime): Promise<void> {
  const { live, report } = await runMonitor(runtime, monitorRequest(runtime, true))
  await publishReport(report, { rootInWorkspace: runtime.rootInWorkspace })
  core.setOutput('decision', live?.result?.decision ?? 'idle')
  core.setOutput('pull-request', String(live?.rollback?.pullRequest?.number ?? ''))
  core.setOutput('issue', String(live?.rollback?.issue?.number ?? live?.blindIssue?.number ?? ''))
  runtime.logger.info(report.title)
  if (live?.rollback?.problem) runtime.logger.warning(live.rollback.problem)
  if (live?.result?.decision === 'rollback') core.setFailed(`launchgate monitor: ${report.title}`)
  else if (live?.result?.decision === 'inconclusive') runtime.logger.warning(report.title)
}

/** The action's entry point (`dist/monitor.js`, and @github/local-action). */
export const run = (): Promise<void> => runAction('monitor', monitorAction)
