/**
 * The deploy of the rehearsal: the example app runs on loopback as "production", a small host
 * stands in for Render (it releases main's new commit a moment after main moves), and the real
 * deploy use case runs against the local forge: checklist, staging -> main, wait until the app
 * reports the merge commit, smoke tests, deployment record.
 */
import type { LaunchgateConfig } from '../config/schema.js'
import { systemClock } from '../deploy/clock.js'
import { findBrowser } from '../deploy/smoke/browser/find-browser.js'
import { localDeployPorts } from '../deploy/forges.js'
import { deployReport } from '../deploy/report.js'
import { runDeploy } from '../deploy/run.js'
import { runGit } from '../git/git.js'
import { openRollback } from '../rollback/index.js'
import { DEFAULT_USERS, startExampleApp, type ExampleApp } from './app/index.js'
import { runStep, type ProgressSink, type StepOutcome } from './steps.js'
import type { RehearsalWorkspace } from './workspace.js'
import path from 'node:path'

type DeployConfig = LaunchgateConfig['deploy']

/** A running "production": the app, and the host that deploys main to it. */
export interface Production {
  app: ExampleApp
  stop(): Promise<void>
}

/** Starts the app at main's current commit and a host that follows main like Render's auto-deploy. */
export async function startProduction(ws: RehearsalWorkspace, releaseDelayMs = 600): Promise<Production> {
  const mainSha = async () =>
    (await runGit(['rev-parse', 'refs/heads/main'], { cwd: ws.remote })).stdout.trim()
  let live = await mainSha()
  const app = await startExampleApp({ sha: live })
  let stopped = false
  // Polling a ref on loopback every 200 ms is cheap, and bounded by the rehearsal's lifetime.
  const follow = async () => {
    while (!stopped) {
      const head = await mainSha()
      if (head !== live) {
        await new Promise((r) => setTimeout(r, releaseDelayMs))
        live = head
        app.setSha(head)
      }
      await new Promise((r) => setTimeout(r, 200))
    }
  }
  const host = follow()
  return {
    app,
    stop: async () => {
      stopped = true
      await host
      await app.close()
    },
  }
}

/** The production targets and smoke tests of the config, pointed at the app on loopback. */
export function rehearsalDeployConfig(
  config: DeployConfig,
  app: ExampleApp,
  artifactsDir: string,
): DeployConfig {
  return {
    ...config,
    targets: [
      {
        name: 'backend (rehearsal host)',
        kind: 'health',
        'health-url': `${app.url}/api/health`,
        url: app.url,
      },
    ],
    smoke: { ...config.smoke, 'base-url': app.url, 'artifacts-dir': artifactsDir },
    'poll-seconds': 0.25,
    'wait-timeout-minutes': 1,
    sentry: undefined,
  }
}

/** Records the PR gate's verdicts as checks of staging's head, as CI would on GitHub. */
async function recordGateChecks(ws: RehearsalWorkspace, gate: StepOutcome[]): Promise<void> {
  for (const step of gate.filter((s) => s.report)) {
    await ws.forge.recordCheck('staging', {
      name: `launchgate ${step.report!.capability}`,
      state: step.ok ? 'success' : 'failure',
      source: 'check-run',
    })
  }
}

/** Runs the deploy step against the local forge and the production on loopback. */
export async function runDeployStage(
  ws: RehearsalWorkspace,
  production: Production,
  config: DeployConfig,
  gate: StepOutcome[],
  progress: ProgressSink,
  env: Record<string, string | undefined> = {},
): Promise<StepOutcome> {
  await recordGateChecks(ws, gate)
  const browserEnv = announceBrowser(config, env, progress)
  const [email, password] = Object.entries(DEFAULT_USERS)[0]!
  // The secrets the checklist requires exist in the rehearsal's environment with stand-in values.
  const secrets = Object.fromEntries(
    config.checklist.secrets.map((name) => [name, `rehearsal-${name.toLowerCase()}`]),
  )
  return runStep('deploy staging -> main', progress, async () => {
    const ports = await localDeployPorts({
      gitDir: ws.remote,
      stateDir: path.join(ws.dir, 'forge'),
      repo: ws.forge.repo,
      env: ws.gitEnv,
    })
    const outcome = await runDeploy(
      {
        ...ports,
        env: { ...browserEnv, ...secrets, SMOKE_TEST_EMAIL: email, SMOKE_TEST_PASSWORD: password },
        clock: systemClock,
        log: (line) => progress(`     ${line}`),
        openRollback,
        name: 'launchgate rehearsal',
      },
      {
        config: rehearsalDeployConfig(config, production.app, path.join(ws.dir, 'smoke')),
        dryRun: false,
        skips: [],
      },
    )
    const report = deployReport(outcome)
    return { ok: report.ok, headline: report.title, report }
  })
}

/**
 * Says up front whether the browser smoke tests will drive a real browser or be reported as not
 * run, and returns the variables that find the browser (the deploy sees no other environment).
 */
function announceBrowser(
  config: DeployConfig,
  env: Record<string, string | undefined>,
  progress: ProgressSink,
): Record<string, string | undefined> {
  const browserEnv = {
    PATH: env.PATH,
    LAUNCHGATE_BROWSER: env.LAUNCHGATE_BROWSER,
    LAUNCHGATE_NO_BROWSER: env.LAUNCHGATE_NO_BROWSER,
  }
  const tests = config.smoke.tests.filter((t) => t.kind === 'browser').length
  if (tests === 0) return browserEnv
  const choice = findBrowser(config.smoke.browser, browserEnv)
  progress(
    'executable' in choice
      ? `     browser smoke: ${tests} test(s) in ${choice.executable} (from ${choice.source})`
      : `     browser smoke: NOT RUN, ${choice.missing}`,
  )
  return browserEnv
}
