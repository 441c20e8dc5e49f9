/**
 * The smoke tests on their own, against any URL (`launchgate smoke`): a team checks staging before
 * dispatching the deploy with exactly the tests the deploy runs after its merge.
 */
import path from 'node:path'
import type { DeployConfig } from '../../config/sections/deploy.js'
import { ConfigurationError, UsageError } from '../../errors.js'
import type { Report } from '../../report/types.js'
import { checkRunnable, smokeBaseUrl } from '../run.js'
import { smokeReport } from './report.js'
import { runSmokeTests } from './run.js'
import { latencyVerdict } from './verdict.js'

export interface StandaloneSmokeOptions {
  /** Overrides `smoke.base-url` (and the targets' URLs). */
  baseUrl?: string
  /** The repository root: `smoke.artifacts-dir` resolves against it. */
  root: string
  env: Record<string, string | undefined>
  log: (line: string) => void
}

/** Runs every configured smoke test against the URL and reports them; bad input throws a user error. */
export async function runStandaloneSmoke(
  deploy: DeployConfig,
  options: StandaloneSmokeOptions,
): Promise<Report> {
  const config = withBaseUrl(deploy, options.baseUrl)
  if (config.smoke.tests.length === 0)
    throw new ConfigurationError('there are no smoke tests to run: add some to deploy.smoke.tests', {
      key: 'deploy.smoke.tests',
    })
  checkRunnable(config)
  const baseUrl = smokeBaseUrl(config)!
  options.log(`running ${config.smoke.tests.length} smoke test(s) against ${baseUrl}`)
  const results = await runSmokeTests(config.smoke, {
    baseUrl,
    env: options.env,
    log: options.log,
    artifactsDir: path.resolve(options.root, config.smoke['artifacts-dir']),
  })
  return smokeReport(baseUrl, results, latencyVerdict(results, config['p95-budget-ms']))
}

function withBaseUrl(deploy: DeployConfig, baseUrl: string | undefined): DeployConfig {
  if (baseUrl === undefined) return deploy
  let url: URL
  try {
    url = new URL(baseUrl)
  } catch {
    throw new UsageError(
      `--base-url must be an http(s) URL such as https://staging.example.com, got ${baseUrl}`,
    )
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new UsageError(`--base-url must be an http(s) URL, got ${baseUrl}`)
  return { ...deploy, smoke: { ...deploy.smoke, 'base-url': baseUrl } }
}
