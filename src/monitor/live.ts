/**
 * The live monitor, one scheduled run: find the latest deployment, ask the cadence whether a check
 * is due, read every source, decide, act (a rollback, or a "monitor is blind" issue), and record
 * the run on the deployment for the next one. The whole flow is this file; the decision is pure
 * (`decide.ts`) and every side effect sits behind a port (`ports.ts`).
 */
import type { Logger } from '../ports/logger.js'
import { describeError, ExitCode } from '../errors.js'
import type { Report } from '../report/types.js'
import type { RollbackResult } from '../rollback/index.js'
import { blindStatus, runRecord, type BlindStatus } from './blind.js'
import { checkDue, type Cadence } from './cadence.js'
import { decide } from './decide.js'
import { exitCodeOf } from './judge-replay.js'
import { evidenceMarkdown, idleReport, liveReport } from './live-report.js'
import type {
  BlindIssueResult,
  CheckLog,
  DeploymentSource,
  EvidenceItem,
  MonitorRunRecord,
  RollbackPort,
  SignalSource,
  WatchedDeployment,
} from './ports.js'
import { monitorReport } from './report.js'
import { recordedSignals } from './run-log.js'
import type { Sample, WebSocketBucket } from './samples.js'
import type { Thresholds } from './thresholds.js'
import type { MonitorDecision } from './verdict.js'

/** The ports of a run. */
export interface LiveMonitorDeps {
  deployments: DeploymentSource
  sources: readonly SignalSource[]
  log: CheckLog
  actions: RollbackPort
  /** Epoch ms; `Date.now` by default. */
  clock?: () => number
  logger?: Pick<Logger, 'info' | 'warning'>
}

/** What a run judges against and how it behaves. */
export interface LiveMonitorSettings {
  environment: string
  cadence: Cadence
  thresholds: Thresholds
  blindAfterRuns: number
  /** Decide and report, but write nothing: no PR, no issue, no recorded run. */
  dryRun: boolean
  /** Check even when the cadence says no (a person started the run). */
  force?: boolean
  /** Draw mermaid charts in the report (the job summary, `--format markdown`). */
  charts?: boolean
}

/** The outcome of a run. */
export interface LiveRun {
  /** `idle` when nothing was checked (no deployment, not due, window over). */
  status: 'checked' | 'idle'
  reason: string
  deployment?: WatchedDeployment
  result?: MonitorDecision
  blind?: BlindStatus
  rollback?: RollbackResult
  blindIssue?: BlindIssueResult
  report: Report
  /** 0 healthy or idle, 1 rollback, 3 inconclusive. */
  exitCode: number
}

/** Past WebSocket probe buckets: the only samples no source keeps for us. */
function pastProbeBuckets(history: readonly MonitorRunRecord[]): WebSocketBucket[] {
  return history.flatMap((run) =>
    run.websocket ? [{ signal: 'websocket', at: run.at, end: run.at, complete: true, ...run.websocket }] : [],
  )
}

/**
 * Runs the monitor once.
 * @returns the decision and what was done, with the report and the exit code
 */
export async function runLiveMonitor(deps: LiveMonitorDeps, settings: LiveMonitorSettings): Promise<LiveRun> {
  const clock = deps.clock ?? Date.now
  const latest = await deps.deployments.latest(settings.environment)
  if (!latest.deployment) return idle(latest.reason)
  const deployment = latest.deployment
  const history = await readHistory(deps, deployment)

  const startedAt = clock()
  const elapsed = startedAt - deployment.deployedAt
  const due = checkDue(
    settings.cadence,
    elapsed,
    history.at(-1) && history.at(-1)!.at - deployment.deployedAt,
  )
  if (!due.due && !settings.force) return idle(due.reason, deployment)

  const readings = await Promise.all(deps.sources.map((s) => s.read(deployment, startedAt)))
  const samples: Sample[] = [...pastProbeBuckets(history), ...readings.flatMap((r) => r.samples)]
  const evidence: EvidenceItem[] = readings.flatMap((r) => r.evidence ?? [])
  // Judged once everything is read, so no sample of this run is "in the future".
  const now = Math.max(clock(), ...samples.map((s) => s.at))
  const result = decide({
    deployedAt: deployment.deployedAt,
    now,
    samples,
    thresholds: settings.thresholds,
    sources: deps.sources.map((s) => s.source),
  })
  const probes = readings.flatMap((r) => r.samples).find((s): s is WebSocketBucket => 'attempts' in s)
  // Stamped like the probe bucket it carries: a record later than the next run's bucket would
  // sort after it and make an old passing bucket read as the latest.
  const record: MonitorRunRecord = {
    ...runRecord(probes?.at ?? now, result),
    ...(probes ? { websocket: probes } : {}),
  }
  const blind = blindStatus([...history, record].map(recordedSignals), settings.blindAfterRuns)

  const base = monitorReport({
    result,
    deployment,
    now,
    thresholds: settings.thresholds,
    charts: settings.charts,
    blind,
  })
  const options = { dryRun: settings.dryRun }
  let rollback: RollbackResult | undefined
  let blindIssue: BlindIssueResult | undefined
  if (result.decision === 'rollback') {
    const reason = result.triggers.map((t) => `${t.signal}: ${t.reason}`).join('; ')
    const withCharts = monitorReport({
      result,
      deployment,
      now,
      thresholds: settings.thresholds,
      charts: true,
    })
    rollback = await deps.actions.rollback(
      deployment,
      reason,
      evidenceMarkdown(withCharts, evidence, deployment),
      options,
    )
  } else if (blind.blind) {
    blindIssue = await deps.actions.reportBlind(deployment, blind, options)
  }
  if (!settings.dryRun) await writeRecord(deps, deployment, record)

  const report = liveReport(base, { rollback, blindIssue, evidence, dryRun: settings.dryRun })
  const exitCode = exitCodeOf(result.decision)
  return {
    status: 'checked',
    reason: due.reason,
    deployment,
    result,
    blind,
    rollback,
    blindIssue,
    report,
    exitCode,
  }
}

function idle(reason: string, deployment?: WatchedDeployment): LiveRun {
  return { status: 'idle', reason, deployment, report: idleReport(reason, deployment), exitCode: ExitCode.ok }
}

/** The history, or none when it cannot be read: the run still judges, only without catching up. */
async function readHistory(
  deps: LiveMonitorDeps,
  deployment: WatchedDeployment,
): Promise<MonitorRunRecord[]> {
  try {
    return await deps.log.history(deployment)
  } catch (error) {
    deps.logger?.warning(`could not read the monitor's past runs: ${describeError(error)}`)
    return []
  }
}

/** Records the run; a refusal (no `deployments: write`) costs the memory, not the run. */
async function writeRecord(deps: LiveMonitorDeps, deployment: WatchedDeployment, record: MonitorRunRecord) {
  try {
    await deps.log.record(deployment, record)
  } catch (error) {
    deps.logger?.warning(
      `could not record this run on deployment ${deployment.id} (the blind rule and the WebSocket history ` +
        `need it; grant deployments: write): ${describeError(error)}`,
    )
  }
}
