/**
 * Builds the live monitor's ports from the `monitor` config section and the run's secrets: the
 * one place that knows which adapter serves which port, shared by the CLI and the action.
 */
import type { z } from 'zod'
import type { monitorSchema } from '../config/sections/monitor.js'
import { ConfigurationError } from '../errors.js'
import { callGitHub, type GitHubClient } from '../github/client.js'
import { toDeployment } from '../github/forge-mappers.js'
import type { Forge, RepoRef } from '../ports/forge.js'
import type { Logger } from '../ports/logger.js'
import type { RollbackRequest } from '../rollback/index.js'
import type { SentryConnect } from '../sentry/client.js'
import { cadenceFromConfig } from './cadence.js'
import { DeploymentStatusLog, ForgeDeployments, type RecentDeployments } from './deployments.js'
import type { LiveMonitorDeps, LiveMonitorSettings } from './live.js'
import type { SignalSource } from './ports.js'
import { ForgeRollbackPort } from './rollback-port.js'
import { HealthSource, WebSocketSource } from './sources/probes.js'
import { SecurityAlertSource } from './sources/security.js'
import { SentrySource } from './sources/sentry.js'
import { thresholdsFromConfig } from './thresholds.js'

export type MonitorConfig = z.output<typeof monitorSchema>

/** The cron of `.github/workflows/monitor.yml`: every 5 minutes, off the top of the hour. */
export const MONITOR_SCHEDULE = '3-58/5 * * * *'

/** Everything the ports need besides the config. */
export interface LiveSetup {
  config: MonitorConfig
  /** Reads deployments and statuses; opens PRs and issues unless `writeForge` is given. */
  forge: Forge
  /** A forge with a GitHub App token, for the PR and the issue (so the PR triggers workflows). */
  writeForge?: Forge
  /** The GitHub client and repository, for the alert APIs and a one-page deployment query. */
  github?: { octokit: GitHubClient; repo: RepoRef }
  /**
   * Connects to Sentry with the run's token and HTTP settings (the runtime's `sentry()`); required
   * when the config has a `sentry` section.
   */
  sentry?: SentryConnect
  /** Where the revert is written (see `RollbackRequest.git`). */
  git?: RollbackRequest['git']
  /** The workflow run, linked from each recorded run. */
  logUrl?: string
  logger?: Pick<Logger, 'info' | 'warning'>
  clock?: () => number
}

/** The signal sources the config asks for. */
export function signalSources(setup: LiveSetup): SignalSource[] {
  const { config } = setup
  const sources: SignalSource[] = []
  if (config.sentry) {
    const s = config.sentry
    if (!setup.sentry) throw new Error('monitor.sentry is configured but the run has no Sentry connection')
    const client = setup.sentry({ baseUrl: s.url, org: s.org, project: s.project })
    sources.push(
      new SentrySource(client, {
        intervalMinutes: s['interval-minutes'],
        environment: s.environment ?? config.environment,
        release: (sha) => s.release.replaceAll('{sha}', sha),
        links: { baseUrl: s.url, org: s.org },
      }),
    )
  }
  if (config.health) {
    const h = config.health
    const required = thresholdsFromConfig(config).healthProbes
    sources.push(new HealthSource({ url: h.url, probes: h.probes, timeoutMs: h['timeout-ms'], required }))
  }
  if (config.websocket) {
    const w = config.websocket
    sources.push(
      new WebSocketSource({ url: w.url, probes: w.probes, timeoutMs: w['timeout-ms'], message: w.message }),
    )
  }
  const alerts = config['security-alerts']
  if (setup.github && (alerts.dependabot || alerts['code-scanning'])) {
    const options = { dependabot: alerts.dependabot, codeScanning: alerts['code-scanning'] }
    sources.push(new SecurityAlertSource(setup.github.octokit, setup.github.repo, options))
  }
  return sources
}

/** One page of the newest deployments: the forge's list would read the environment's whole history. */
function recentOnGitHub(github: NonNullable<LiveSetup['github']>): RecentDeployments {
  return async (environment) => {
    const { owner, repo } = github.repo
    const { data } = await callGitHub(`GET /repos/${owner}/${repo}/deployments`, () =>
      github.octokit.rest.repos.listDeployments({ owner, repo, environment, per_page: 10 }),
    )
    return data.map(toDeployment)
  }
}

/** The ports of a live run. */
export function liveMonitorDeps(setup: LiveSetup): LiveMonitorDeps {
  const { config } = setup
  const writer = setup.writeForge ?? setup.forge
  const sources = signalSources(setup)
  if (sources.length === 0) {
    throw new ConfigurationError(
      'the monitor has nothing to watch: configure monitor.sentry, monitor.health or monitor.websocket ' +
        'in .github/launchgate.yml (security alerts are read on GitHub only)',
      { key: 'monitor' },
    )
  }
  return {
    deployments: new ForgeDeployments(setup.forge, setup.github ? recentOnGitHub(setup.github) : undefined),
    sources,
    log: new DeploymentStatusLog(writer, setup.logUrl),
    actions: new ForgeRollbackPort(writer, {
      labels: config.labels,
      base: config['base-branch'],
      git: setup.git,
    }),
    clock: setup.clock,
    logger: setup.logger,
  }
}

/** The settings of a live run from the config and the run's flags. */
export function liveMonitorSettings(
  config: MonitorConfig,
  flags: { dryRun?: boolean; force?: boolean; charts?: boolean; environment?: string },
): LiveMonitorSettings {
  return {
    environment: flags.environment ?? config.environment,
    cadence: cadenceFromConfig(config),
    thresholds: thresholdsFromConfig(config),
    blindAfterRuns: config['blind-after-runs'],
    dryRun: flags.dryRun === true || config['dry-run'],
    force: flags.force,
    charts: flags.charts,
  }
}
