/**
 * The smoke tests on their own, against any URL (`launchgate smoke`): a team checks staging before
 * dispatching the deploy with exactly the tests the deploy runs after its merge.
 */
import path from 'node:path'
import type { DeployConfig } from '../../config/sections/deploy.js'
import { ConfigurationError, UsageError } from '../../errors.js'
import type { Report } from '../../report/types.js'
import { checkRunnable, smokeBaseUrl } from '../runnable.js'
import { smokeReport } from './report.js'
import { browserPool } from './browser/run.js'
import { runSmokeTests } from './run.js'
import { runVisualComparison, type VisualResult } from './visual/run.js'
import { latencyVerdict } from './verdict.js'

export interface StandaloneSmokeOptions {
  /** Overrides `smoke.base-url` (and the targets' URLs). */
  baseUrl?: string
  /** Overrides `smoke.visual.baseline-url`: what the UI comparison compares against. */
  baselineUrl?: string
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
  const pages = config.smoke.visual?.pages.length ?? 0
  if (config.smoke.tests.length === 0 && pages === 0)
    throw new ConfigurationError(
      'there are no smoke tests to run: add some to deploy.smoke.tests (or pages to deploy.smoke.visual)',
      { key: 'deploy.smoke.tests' },
    )
  checkRunnable(config)
  const baseUrl = smokeBaseUrl(config)
  if (baseUrl === undefined)
    throw new ConfigurationError('no URL to test: pass --base-url or set deploy.smoke.base-url', {
      key: 'deploy.smoke.base-url',
    })
  const baselineUrl = baselineOf(config, options.baselineUrl)
  const artifactsDir = path.resolve(options.root, config.smoke['artifacts-dir'])
  options.log(`running ${config.smoke.tests.length} smoke test(s) against ${baseUrl}`)
  const results = await runSmokeTests(config.smoke, {
    baseUrl,
    env: options.env,
    log: options.log,
    artifactsDir,
  })
  const visual = baselineUrl ? await compare(config, baseUrl, baselineUrl, artifactsDir, options) : []
  return smokeReport(baseUrl, results, latencyVerdict(results, config['p95-budget-ms']), visual)
}

/** The UI comparison's baseline, when pages are configured; none is a mistake then. */
function baselineOf(config: DeployConfig, flag: string | undefined): string | undefined {
  const visual = config.smoke.visual
  if (!visual || visual.pages.length === 0) return undefined
  const baseline = flag === undefined ? visual['baseline-url'] : httpUrl('--baseline-url', flag)
  if (baseline === undefined)
    throw new ConfigurationError(
      'deploy.smoke.visual has pages but nothing to compare them with: set deploy.smoke.visual.baseline-url or pass --baseline-url',
      { key: 'deploy.smoke.visual.baseline-url' },
    )
  return baseline
}

async function compare(
  config: DeployConfig,
  url: string,
  baselineUrl: string,
  artifactsDir: string,
  options: StandaloneSmokeOptions,
): Promise<VisualResult[]> {
  const visual = config.smoke.visual!
  options.log(`comparing ${visual.pages.length} page(s) with ${baselineUrl}`)
  const browsers = browserPool(config.smoke.browser, options.env)
  try {
    const results = await runVisualComparison(visual, { baselineUrl, url, browsers, artifactsDir })
    for (const r of results)
      options.log(`[visual] ${r.notRun ? 'NOT RUN' : r.ok ? 'same' : 'CHANGED'} ${r.name}: ${r.detail}`)
    return results
  } finally {
    await browsers.close()
  }
}

function withBaseUrl(deploy: DeployConfig, baseUrl: string | undefined): DeployConfig {
  if (baseUrl === undefined) return deploy
  return { ...deploy, smoke: { ...deploy.smoke, 'base-url': httpUrl('--base-url', baseUrl) } }
}

function httpUrl(flag: string, value: string): string {
  let url: URL | undefined
  try {
    url = new URL(value)
  } catch {
    url = undefined
  }
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:')
    throw new UsageError(`${flag} must be an http(s) URL such as https://staging.example.com, got ${value}`)
  return value
}
