/**
 * The monitor's use case, the same for the action and `launchgate monitor`: read the request,
 * wire the live ports from the runtime (or judge a replay file offline), run once inside a Sentry
 * cron check-in, and hand the report back for the front end to publish.
 */
import path from 'node:path'
import { readInputFile } from '../config/read-input.js'
import { LocalForge } from '../ports/local-forge.js'
import type { Report } from '../report/types.js'
import { gitAuth } from '../rollback/git-auth.js'
import type { Runtime } from '../runtime/runtime.js'
import { parseRepo } from '../runtime/event.js'
import { withCronCheckIn } from './cron.js'
import { judgeReplay } from './judge-replay.js'
import { runLiveMonitor, type LiveRun } from './live.js'
import {
  liveMonitorDeps,
  liveMonitorSettings,
  MONITOR_SCHEDULE,
  type LiveSetup,
  type MonitorConfig,
} from './setup.js'
import { thresholdsFromConfig } from './thresholds.js'

/** What a user asks the monitor for, from action inputs or CLI flags. */
export interface MonitorRequest {
  /** Judge recorded samples offline instead (CLI). */
  replay?: string
  dryRun: boolean
  force: boolean
  environment?: string
  /** Draw mermaid charts (the job summary, `--format markdown`). */
  charts: boolean
  /** `local`: the rehearsal's forge over a bare repository (CLI). */
  forge: 'github' | 'local'
  gitDir?: string
  stateDir?: string
}

export interface MonitorOutcome {
  report: Report
  /** 0 healthy or idle, 1 rollback, 3 inconclusive. */
  exitCode: number
  /** Set for a live run. */
  live?: LiveRun
}

/** Reads the request; `charts` is the front end's to say (a job summary always has them). */
export function monitorRequest(runtime: Runtime, charts: boolean): MonitorRequest {
  const { request } = runtime
  const forge = request.text('forge') ?? 'github'
  if (forge !== 'github' && forge !== 'local') {
    throw runtime.requestError(`forge must be github or local, got '${forge}'`, 'forge')
  }
  return {
    replay: request.text('replay'),
    dryRun: request.flag('dry-run'),
    force: request.flag('force'),
    environment: request.text('environment'),
    charts,
    forge,
    gitDir: request.text('git-dir'),
    stateDir: request.text('state-dir'),
  }
}

/** Runs the monitor once. */
export async function runMonitor(runtime: Runtime, request: MonitorRequest): Promise<MonitorOutcome> {
  const { config } = await runtime.config()
  const monitor = config.monitor
  if (request.replay !== undefined) {
    const file = request.replay
    const text = await readInputFile(path.resolve(runtime.cwd, file), { display: file, what: 'replay file' })
    return judgeReplay(text, file, thresholdsFromConfig(monitor), { charts: request.charts })
  }
  const setup: LiveSetup = {
    ...(request.forge === 'local' ? await localSetup(runtime, request) : await githubSetup(runtime, monitor)),
    config: monitor,
    sentry: (target) =>
      runtime.sentry({ ...target, token: runtime.request.secret('sentry-token', 'SENTRY_AUTH_TOKEN') }),
    logger: runtime.logger,
  }
  const settings = liveMonitorSettings(monitor, request)
  const cron = {
    dsn: runtime.request.secret('sentry-dsn', 'LAUNCHGATE_SENTRY_DSN'),
    slug: monitor.sentry?.['cron-slug'] ?? 'launchgate-monitor',
    schedule: MONITOR_SCHEDULE,
    environment: settings.environment,
  }
  const live = await withCronCheckIn(cron, () => runLiveMonitor(liveMonitorDeps(setup), settings))
  return { report: live.report, exitCode: live.exitCode, live }
}

/** The environment git runs with: the caller's, so a test's isolated HOME and config hold. */
function gitEnv(runtime: Runtime): Record<string, string> {
  return Object.fromEntries(
    Object.entries(runtime.env).filter((e): e is [string, string] => e[1] !== undefined),
  )
}

async function localSetup(
  runtime: Runtime,
  request: MonitorRequest,
): Promise<Pick<LiveSetup, 'forge' | 'git'>> {
  if (!request.gitDir || !request.stateDir) {
    throw runtime.requestError('--forge local needs --git-dir <bare repo> and --state-dir <dir>', 'forge')
  }
  const env = gitEnv(runtime)
  const forge = await LocalForge.open({
    gitDir: path.resolve(runtime.cwd, request.gitDir),
    stateDir: path.resolve(runtime.cwd, request.stateDir),
    repo: parseRepo(runtime.request.text('repo')) ?? { owner: 'local', repo: 'app' },
    env,
  })
  return { forge, git: { env } }
}

async function githubSetup(runtime: Runtime, monitor: MonitorConfig): Promise<Omit<LiveSetup, 'config'>> {
  const repo = runtime.repo('to judge recorded samples offline instead, pass --replay <file>')
  const appToken = runtime.request.secret('app-token', monitor['app-token-env'])
  // Inside a workflow the checkout keeps no credentials (persist-credentials: false): the revert
  // is pushed with the token that opens the PR. On a laptop, the clone's own credentials serve.
  const inWorkflow = runtime.surface === 'action' || runtime.env.GITHUB_ACTIONS === 'true'
  const auth = inWorkflow ? gitAuth(appToken ?? runtime.token, runtime.env.GITHUB_SERVER_URL) : { env: {} }
  if ('secret' in auth && auth.secret) runtime.mask(auth.secret)
  const octokit = await runtime.github()
  return {
    forge: await runtime.forge(),
    writeForge: appToken ? await runtime.forge(appToken) : undefined,
    github: { octokit, repo },
    // The checkout the workflow made: the revert is written here and pushed to origin.
    git: { dir: runtime.root, env: { ...gitEnv(runtime), ...auth.env } },
    logUrl: runtime.runUrl(),
  }
}
