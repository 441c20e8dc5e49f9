/**
 * The watch after the deploy, on a compressed clock: the real monitor checks production a few
 * times while it is healthy, then a fault is switched on in the app and the monitor must open
 * exactly one rollback pull request and one rollback issue on the local forge; a further run
 * adds nothing. Each run is forced (a person's `workflow_dispatch`), so no one waits 5 minutes.
 */
import path from 'node:path'
import type { LaunchgateConfig } from '../config/schema.js'
import { runLiveMonitor } from '../monitor/live.js'
import { liveMonitorDeps, liveMonitorSettings, type LiveSetup } from '../monitor/setup.js'
import { LocalForge } from '../ports/local-forge.js'
import type { AppFault } from './app/index.js'
import type { Production } from './deploy-stage.js'
import { runStep, type ProgressSink, type StepOutcome } from './steps.js'
import type { RehearsalWorkspace } from './workspace.js'

type MonitorConfig = LaunchgateConfig['monitor']

/** The config's monitor, watching the app on loopback: health and WebSocket probes, no Sentry. */
export function rehearsalMonitorConfig(config: MonitorConfig, production: Production): MonitorConfig {
  return {
    ...config,
    sentry: undefined,
    health: { url: `${production.app.url}/api/health`, probes: 5, 'timeout-ms': 2000 },
    websocket: { url: production.app.wsUrl, probes: 10, 'timeout-ms': 2000 },
    'min-samples': { ...config['min-samples'], 'websocket-attempts': 10 },
    'base-branch': 'main',
  }
}

/** Healthy ticks, the fault, the rollback, and the re-run that must add nothing. */
export async function runMonitorStage(
  ws: RehearsalWorkspace,
  production: Production,
  config: MonitorConfig,
  progress: ProgressSink,
  options: { healthyTicks?: number; fault?: AppFault } = {},
): Promise<StepOutcome[]> {
  const monitor = rehearsalMonitorConfig(config, production)
  const forge = await LocalForge.open({
    gitDir: ws.remote,
    stateDir: path.join(ws.dir, 'forge'),
    repo: ws.forge.repo,
    env: ws.gitEnv,
  })
  const setup: LiveSetup = {
    config: monitor,
    forge,
    git: { env: ws.gitEnv },
    logger: { info: (m) => progress(`     ${m}`), warning: (m) => progress(`     warning: ${m}`) },
  }
  const check = () => runLiveMonitor(liveMonitorDeps(setup), liveMonitorSettings(monitor, { force: true }))
  const rollbacks = async () => ({
    pulls: (await forge.findPullRequests({ state: 'all' })).filter((p) =>
      p.labels.includes(monitor.labels.rollback),
    ).length,
    issues: (await forge.findIssues({ state: 'all', labels: [monitor.labels.rollback] })).length,
  })
  const steps: StepOutcome[] = []
  for (let tick = 1; tick <= (options.healthyTicks ?? 2); tick++) {
    steps.push(
      await runStep(`monitor tick ${tick} (healthy)`, progress, async () => {
        const run = await check()
        return { ok: run.result?.decision === 'healthy', headline: run.report.title, report: run.report }
      }),
    )
  }
  const fault = options.fault ?? 'ws-refuse'
  production.app.setFault(fault)
  progress(`!!   fault injected in production: ${fault}`)
  // Soft signals (WebSocket failures) need two failing buckets in a row, so the first faulty run
  // is not yet a rollback; by the third, the monitor must have rolled back.
  for (let tick = 1; tick <= 3; tick++) {
    let decision: string | undefined
    steps.push(
      await runStep(`monitor tick with the fault (${tick})`, progress, async () => {
        const run = await check()
        decision = run.result?.decision
        return { ok: decision === 'rollback' || tick < 3, headline: run.report.title, report: run.report }
      }),
    )
    if (decision === 'rollback') break
  }
  const opened = await rollbacks()
  steps.push(
    await runStep('re-run adds nothing', progress, async () => {
      await check()
      const after = await rollbacks()
      const ok = opened.pulls === 1 && opened.issues === 1 && after.pulls === 1 && after.issues === 1
      return {
        ok,
        headline: `rollback pull requests: ${after.pulls}, rollback issues: ${after.issues} (exactly one of each expected)`,
      }
    }),
  )
  return steps
}
