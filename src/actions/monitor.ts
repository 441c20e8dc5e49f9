/**
 * The monitor action (`actions/monitor`, or the root action with `command: monitor`): one
 * scheduled check of the latest deployment, with its decision in the job summary (signals,
 * thresholds, verdicts, charts), a rollback PR and issue when a trigger fires, and a Sentry cron
 * check-in of its own run. Fails the step on a rollback decision so the run shows red.
 */
import * as core from '@actions/core'
import { loadConfig } from '../config/load.js'
import { createGitHubClient } from '../github/client.js'
import { GitHubForge } from '../github/forge.js'
import { withCronCheckIn } from '../monitor/cron.js'
import { runLiveMonitor } from '../monitor/live.js'
import { liveMonitorDeps, liveMonitorSettings, MONITOR_SCHEDULE, workflowRunUrl } from '../monitor/setup.js'
import { gitAuth } from '../rollback/git-auth.js'
import { readRunContext } from './context.js'
import { readCommonInputs } from './inputs.js'
import { publishReport } from './publish.js'

/** An input that is a secret: masked as soon as it is read. */
function secretInput(name: string, fallback?: string): string | undefined {
  const value = core.getInput(name) || fallback || undefined
  if (value) core.setSecret(value)
  return value
}

function client(token: string | undefined, env: NodeJS.ProcessEnv) {
  return createGitHubClient({
    token,
    baseUrl: env.GITHUB_API_URL,
    log: { warning: (m) => core.warning(m), debug: (m) => core.debug(m) },
    retryAfterBaseMs: env.LAUNCHGATE_RETRY_BASE_MS ? Number(env.LAUNCHGATE_RETRY_BASE_MS) : undefined,
    writeSpacingMs: env.LAUNCHGATE_WRITE_SPACING_MS ? Number(env.LAUNCHGATE_WRITE_SPACING_MS) : undefined,
  })
}

/** The body shared by the standalone action and the root action's `monitor` command. */
export async function monitorAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const inputs = readCommonInputs(env)
  const { repo } = readRunContext(env)
  const { config } = await loadConfig({ root: inputs.root, configPath: inputs.configPath })
  const monitor = config.monitor
  const appToken = secretInput('app-token', env[monitor['app-token-env']])
  const octokit = client(inputs.token, env)
  // The revert branch is pushed with the token that opens the PR (persist-credentials: false).
  const auth = gitAuth(appToken ?? inputs.token, env.GITHUB_SERVER_URL)
  if (auth.secret) core.setSecret(auth.secret)
  const logger = { info: (m: string) => core.info(m), warning: (m: string) => core.warning(m) }
  const deps = liveMonitorDeps({
    config: monitor,
    forge: new GitHubForge(octokit, repo),
    writeForge: appToken ? new GitHubForge(client(appToken, env), repo) : undefined,
    github: { octokit, repo },
    sentryToken: secretInput('sentry-token', env.SENTRY_AUTH_TOKEN),
    sentryRetryBaseMs: env.LAUNCHGATE_RETRY_BASE_MS ? Number(env.LAUNCHGATE_RETRY_BASE_MS) : undefined,
    // The checkout the workflow made: the revert is written here and pushed to origin.
    git: { dir: inputs.root, env: auth.env },
    logUrl: workflowRunUrl(env, repo),
    logger,
  })
  const settings = liveMonitorSettings(monitor, {
    dryRun: core.getBooleanInput('dry-run'),
    force: core.getBooleanInput('force'),
    charts: true,
    environment: core.getInput('environment') || undefined,
  })
  const cron = {
    dsn: secretInput('sentry-dsn', env.LAUNCHGATE_SENTRY_DSN),
    slug: monitor.sentry?.['cron-slug'] ?? 'launchgate-monitor',
    schedule: MONITOR_SCHEDULE,
    environment: settings.environment,
  }
  const run = await withCronCheckIn(cron, () => runLiveMonitor(deps, settings))
  await publishReport(run.report, { rootInWorkspace: inputs.rootInWorkspace })
  core.setOutput('decision', run.result?.decision ?? 'idle')
  core.setOutput('pull-request', String(run.rollback?.pullRequest?.number ?? ''))
  core.setOutput('issue', String(run.rollback?.issue?.number ?? run.blindIssue?.number ?? ''))
  core.info(run.report.title)
  if (run.rollback?.problem) core.warning(run.rollback.problem)
  if (run.result?.decision === 'rollback') core.setFailed(`launchgate monitor: ${run.report.title}`)
  else if (run.result?.decision === 'inconclusive') core.warning(run.report.title)
}
