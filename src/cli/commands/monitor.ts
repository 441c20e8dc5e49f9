/**
 * `launchgate monitor`: judge the latest deploy live (Sentry, probes, GitHub alerts) and act on it,
 * or `--replay <file>` to judge recorded samples offline. Exit 0 healthy (or nothing to check),
 * 1 rollback, 3 inconclusive.
 *
 * Live, against GitHub: `GITHUB_TOKEN` (or `GH_TOKEN`), `GITHUB_REPOSITORY` or `--repo`, and the
 * revert is written in `--root` (a clone) and pushed to its `origin`. Against the local forge
 * (the rehearsal): `--forge local --git-dir <bare repo> --state-dir <dir>`.
 */
import path from 'node:path'
import type { Command } from 'commander'
import { loadConfig } from '../../config/load.js'
import { UsageError } from '../../errors.js'
import { createGitHubClient } from '../../github/client.js'
import { GitHubForge } from '../../github/forge.js'
import { withCronCheckIn } from '../../monitor/cron.js'
import { readInputFile } from '../../config/read-input.js'
import { judgeReplay } from '../../monitor/judge-replay.js'
import { runLiveMonitor } from '../../monitor/live.js'
import {
  liveMonitorDeps,
  liveMonitorSettings,
  MONITOR_SCHEDULE,
  workflowRunUrl,
  type LiveSetup,
  type MonitorConfig,
} from '../../monitor/setup.js'
import { thresholdsFromConfig } from '../../monitor/thresholds.js'
import type { RepoRef } from '../../ports/forge.js'
import { LocalForge } from '../../ports/local-forge.js'
import { gitAuth } from '../../rollback/git-auth.js'
import type { CliIO } from '../io.js'
import { commonOptions, withCommonOptions, type CommonOptions } from '../options.js'
import { emitReport } from '../output.js'

export function registerMonitor(program: Command, io: CliIO, done: (code: number) => void): void {
  withCommonOptions(
    program
      .command('monitor')
      .description('judge a deploy: healthy (exit 0), rollback (1) or inconclusive (3)')
      .option(
        '--replay <file>',
        'judge recorded samples offline (JSON: deployment, now, thresholds, samples)',
      )
      .option('--dry-run', 'report what would be done without acting')
      .option('--force', 'check now even when the cadence says no check is due')
      .option('--environment <name>', 'the deployment environment to watch (default: the config, production)')
      .option('--forge <kind>', 'github, or local for the rehearsal', 'github')
      .option(
        '--repo <owner/name>',
        'the repository (default: GITHUB_REPOSITORY; local/app for the local forge)',
      )
      .option('--git-dir <dir>', 'local forge: the bare repository deploys land in')
      .option('--state-dir <dir>', "local forge: the folder of the forge's JSON state"),
  ).action(async (raw: Record<string, unknown>) => {
    const options = commonOptions(raw, io)
    const { config } = await loadConfig({ root: options.root, configPath: options.configPath })
    if (typeof raw.replay === 'string') return done(await replay(raw.replay, io, options, config.monitor))
    done(await live(raw, io, options, config.monitor))
  })
}

async function replay(
  file: string,
  io: CliIO,
  options: CommonOptions,
  config: MonitorConfig,
): Promise<number> {
  const text = await readInputFile(path.resolve(io.cwd, file), { display: file, what: 'replay file' })
  const run = judgeReplay(text, file, thresholdsFromConfig(config), { charts: options.format === 'markdown' })
  return emitReport(io, run.report, options.format, run.exitCode)
}

async function live(
  raw: Record<string, unknown>,
  io: CliIO,
  options: CommonOptions,
  config: MonitorConfig,
): Promise<number> {
  const logger = {
    info: (m: string) => io.stderr(`${m}\n`),
    warning: (m: string) => io.stderr(`warning: ${m}\n`),
  }
  const setup: LiveSetup = {
    ...(raw.forge === 'local' ? await localForge(raw, io) : githubForge(raw, io, options, config, logger)),
    config,
    sentryToken: io.env.SENTRY_AUTH_TOKEN,
    sentryRetryBaseMs: numberOf(io.env.LAUNCHGATE_RETRY_BASE_MS),
    logger,
  }
  const settings = liveMonitorSettings(config, {
    dryRun: raw.dryRun === true,
    force: raw.force === true,
    charts: options.format === 'markdown',
    environment: typeof raw.environment === 'string' ? raw.environment : undefined,
  })
  const cron = {
    dsn: io.env.LAUNCHGATE_SENTRY_DSN,
    slug: config.sentry?.['cron-slug'] ?? 'launchgate-monitor',
    schedule: MONITOR_SCHEDULE,
    environment: settings.environment,
  }
  const run = await withCronCheckIn(cron, () => runLiveMonitor(liveMonitorDeps(setup), settings))
  logger.info(`launchgate monitor: ${run.report.title}`)
  return emitReport(io, run.report, options.format, run.exitCode)
}

function repoOf(value: unknown, fallback: string | undefined): RepoRef {
  const text = typeof value === 'string' ? value : fallback
  const [owner, repo, ...rest] = (text ?? '').split('/')
  if (!owner || !repo || rest.length > 0) {
    throw new UsageError(
      'the live monitor needs the repository: --repo owner/name (or GITHUB_REPOSITORY); ' +
        'to judge recorded samples offline instead, pass --replay <file>',
    )
  }
  return { owner, repo }
}

async function localForge(
  raw: Record<string, unknown>,
  io: CliIO,
): Promise<Pick<LiveSetup, 'forge' | 'git'>> {
  if (typeof raw.gitDir !== 'string' || typeof raw.stateDir !== 'string') {
    throw new UsageError('--forge local needs --git-dir <bare repo> and --state-dir <dir>')
  }
  const env = Object.fromEntries(
    Object.entries(io.env).filter((e): e is [string, string] => e[1] !== undefined),
  )
  const forge = await LocalForge.open({
    gitDir: path.resolve(io.cwd, raw.gitDir),
    stateDir: path.resolve(io.cwd, raw.stateDir),
    repo: repoOf(raw.repo, 'local/app'),
    env,
  })
  return { forge, git: { env } }
}

function githubForge(
  raw: Record<string, unknown>,
  io: CliIO,
  options: CommonOptions,
  config: MonitorConfig,
  logger: { warning(m: string): void },
): Omit<LiveSetup, 'config'> {
  const repo = repoOf(raw.repo, io.env.GITHUB_REPOSITORY)
  const client = (token: string | undefined) =>
    createGitHubClient({
      token,
      baseUrl: io.env.GITHUB_API_URL,
      log: logger,
      retryAfterBaseMs: numberOf(io.env.LAUNCHGATE_RETRY_BASE_MS),
      writeSpacingMs: numberOf(io.env.LAUNCHGATE_WRITE_SPACING_MS),
    })
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN
  const octokit = client(token)
  const appToken = io.env[config['app-token-env']]
  // In a workflow's `run:` step the checkout keeps no credentials: push with the token. On a
  // laptop, the clone's own credentials are the user's business.
  const auth =
    io.env.GITHUB_ACTIONS === 'true' ? gitAuth(appToken || token, io.env.GITHUB_SERVER_URL).env : {}
  const env = {
    ...Object.fromEntries(Object.entries(io.env).filter((e): e is [string, string] => e[1] !== undefined)),
    ...auth,
  }
  return {
    forge: new GitHubForge(octokit, repo),
    // Inside a workflow's `run:` step, each recorded run links to the workflow run.
    logUrl: workflowRunUrl(io.env, repo),
    writeForge: appToken ? new GitHubForge(client(appToken), repo) : undefined,
    github: { octokit, repo },
    git: { dir: options.root, env },
  }
}

function numberOf(value: string | undefined): number | undefined {
  return value === undefined || value === '' ? undefined : Number(value)
}
