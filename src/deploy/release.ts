/**
 * After the merge: record the GitHub deployment, wait until every target serves the merge, mark
 * the release in Sentry, run the smoke tests, post `success` or `failure`, and start the rollback
 * when a failure calls for it. The deployment never stays `in_progress`: an error on the way
 * marks it `error` before the error surfaces.
 */
import type { DeployConfig } from '../config/sections/deploy.js'
import { describeError } from '../errors.js'
import { createHosts } from '../hosting/index.js'
import { DeployInterruptedError } from './errors.js'
import { closeOrphans, DeploymentRecord } from './record.js'
import { rollbackEvidence } from './evidence.js'
import type { DeployDeps } from './run.js'
import { finish } from './outcome.js'
import { smokeBaseUrl } from './runnable.js'
import { recordSentryRelease } from './sentry-release.js'
import { connectSentry } from '../sentry/client.js'
import { smokeCount } from './smoke/report.js'
import { runSmokeTests } from './smoke/run.js'
import { latencyVerdict, smokePassed } from './smoke/verdict.js'
import type { DeployOutcome, RollbackRecord } from './types.js'
import { waitUntilLive } from './wait.js'

type Cause = DeployConfig['rollback-on'][number]

/**
 * Releases the merge commit in `outcome.promote`; resolves with the finished outcome.
 * @param carryOn the deployment of that commit an interrupted run left open, taken on instead of
 *   creating a second one
 */
export async function releaseMerged(
  deps: DeployDeps,
  config: DeployConfig,
  outcome: DeployOutcome,
  carryOn?: { id: number },
): Promise<DeployOutcome> {
  if (outcome.promote?.status !== 'merged') throw new Error('releaseMerged needs a merged promote outcome')
  const sha = outcome.promote.sha
  outcome.sha = sha
  outcome.environmentUrl = smokeBaseUrl(config) ?? config.targets.find((t) => t.url)?.url
  const recordInput = { logUrl: deps.logUrl, environmentUrl: outcome.environmentUrl }
  const record = await (
    carryOn
      ? DeploymentRecord.resume(deps.forge, carryOn.id, recordInput)
      : DeploymentRecord.start(deps.forge, {
          ...{ sha, environment: config.environment, ...recordInput },
          description: `${config['source-branch']} to ${config['target-branch']} by launchgate`,
          payload: {
            source: config['source-branch'],
            sourceSha: outcome.source.sha,
            target: config['target-branch'],
            tool: 'launchgate',
          },
        })
  ).catch((error: unknown) => {
    throw new DeployInterruptedError(sha, 'recording the GitHub deployment', error, config['target-branch'])
  })
  outcome.deployment = { id: record.id, state: record.state }
  deps.log(
    `GitHub deployment ${record.id} of ${sha.slice(0, 12)} to ${config.environment}: in_progress${carryOn ? ' (taken on from an interrupted run)' : ''}`,
  )
  outcome.warnings.push(...(await closeOrphans(deps.forge, config.environment, { id: record.id, sha })))
  try {
    await liveThenSmoke(deps, config, outcome, record)
  } catch (error) {
    await markError(record, outcome, error)
    throw new DeployInterruptedError(sha, `deployment ${record.id}`, error, config['target-branch'])
  }
  outcome.deployment.state = record.state
  return outcome
}

async function liveThenSmoke(
  deps: DeployDeps,
  config: DeployConfig,
  outcome: DeployOutcome,
  record: DeploymentRecord,
): Promise<void> {
  const sha = outcome.sha!
  const hosts = createHosts(config.targets, { env: deps.env, ...deps.http })
  if (hosts.length === 0) deps.log('no deploy.targets configured: not waiting for a host')
  const limits = { timeoutMs: config['wait-timeout-minutes'] * 60_000, pollMs: config['poll-seconds'] * 1000 }
  outcome.waits = await waitUntilLive(hosts, sha, limits, { clock: deps.clock, log: deps.log })
  const failed = outcome.waits.filter((w) => w.outcome === 'failed')
  const late = outcome.waits.filter((w) => w.outcome === 'timed-out')
  // An abandoned target stopped because another failed: the failure is the news, not the stop.
  if (failed.length > 0 || late.length > 0) {
    const cause: Cause = failed.length > 0 ? 'host-failure' : 'timeout'
    const what = [...failed, ...late].map((w) => `${w.target}: ${w.detail}`).join('; ')
    await record.post('failure', `not live: ${what}`)
    await maybeRollback(deps, config, outcome, cause, `the deploy did not go live: ${what}`)
    const result = failed.length > 0 ? 'host-failed' : 'timed-out'
    finish(
      outcome,
      result,
      `${sha.slice(0, 12)} did not go live (${what}); deployment ${record.id} marked failure${rollbackSentence(outcome.rollback)}`,
    )
    return
  }
  if (config.sentry) {
    outcome.sentry = await recordSentryRelease(
      config.sentry,
      { sha, environment: config.environment, url: outcome.environmentUrl, name: deps.name },
      deps.sentry ?? connectSentry(deps.http),
      deps.env[config.sentry['token-secret']],
    )
    if (outcome.sentry.warning) outcome.warnings.push(outcome.sentry.warning)
  }
  // checkRunnable made sure every relative path has a base URL; absolute ones need none.
  const baseUrl = smokeBaseUrl(config) ?? 'http://localhost'
  outcome.smoke = await runSmokeTests(config.smoke, { baseUrl, env: deps.env, log: deps.log })
  outcome.latency = latencyVerdict(outcome.smoke, config['p95-budget-ms'])
  if (smokePassed(outcome.smoke, outcome.latency)) {
    const passed = smokeCount(outcome.smoke)
    await record.post('success', `live; ${passed}`)
    const p95 = outcome.latency.p95Ms === undefined ? '' : `, P95 ${outcome.latency.p95Ms} ms`
    finish(
      outcome,
      'success',
      `Deployed ${sha.slice(0, 12)} to ${config.environment}: ${outcome.waits.length} target(s) live, ${passed}${p95}`,
    )
    return
  }
  const failing = outcome.smoke.filter((t) => !t.ok).map((t) => t.name)
  if (!outcome.latency.ok) failing.push(`P95 ${outcome.latency.p95Ms} ms over ${outcome.latency.budgetMs} ms`)
  await record.post('failure', `smoke tests failed: ${failing.join(', ')}`)
  await maybeRollback(
    deps,
    config,
    outcome,
    'smoke-tests',
    `smoke tests failed after the deploy: ${failing.join(', ')}`,
  )
  finish(
    outcome,
    'smoke-failed',
    `Smoke tests failed (${failing.join(', ')}); deployment ${record.id} marked failure${rollbackSentence(outcome.rollback)}`,
  )
}

async function maybeRollback(
  deps: DeployDeps,
  config: DeployConfig,
  outcome: DeployOutcome,
  cause: Cause,
  reason: string,
): Promise<void> {
  if (!config['rollback-on'].includes(cause)) {
    outcome.rollback = {
      started: false,
      note: `rollback-on does not include ${cause}: revert ${outcome.sha} by hand if needed`,
    }
    return
  }
  outcome.rollback = await startRollback(deps, config, outcome, reason)
}

/**
 * Rollback entry point of the deploy: the monitor's mechanism (`openRollback`, idempotent). A
 * rollback that cannot be opened is reported, never thrown: the deploy's verdict stands.
 */
async function startRollback(
  deps: DeployDeps,
  config: DeployConfig,
  outcome: DeployOutcome,
  reason: string,
): Promise<RollbackRecord> {
  const promote = outcome.promote
  try {
    const result = await deps.openRollback(deps.forge, {
      ...{
        sha: outcome.sha!,
        environment: config.environment,
        reason,
        evidenceMarkdown: rollbackEvidence(outcome),
      },
      ...{ deploymentId: outcome.deployment?.id, base: config['target-branch'], git: deps.rollbackGit },
      pullRequest: promote?.status === 'merged' ? promote.pullRequest?.number : undefined,
    })
    const link = (x: { number: number; url: string } | undefined) =>
      x ? { number: x.number, url: x.url } : undefined
    const record: RollbackRecord = {
      started: Boolean(result.pullRequest ?? result.issue),
      pullRequest: link(result.pullRequest),
      issue: link(result.issue),
    }
    const note = result.problem ?? (result.held ? `held by ${result.held.on}` : undefined)
    if (note) record.note = note
    deps.log(
      `rollback: ${record.pullRequest ? `PR #${record.pullRequest.number}` : 'no PR'}, ${record.issue ? `issue #${record.issue.number}` : 'no issue'}${note ? ` (${note})` : ''}`,
    )
    return record
  } catch (error) {
    const note = `the rollback could not be opened: ${describeError(error)}. Revert ${outcome.sha} on ${config['target-branch']} by hand`
    outcome.warnings.push(note)
    return { started: false, note }
  }
}

function rollbackSentence(rollback: RollbackRecord | undefined): string {
  if (!rollback) return ''
  if (!rollback.started) return `; no rollback opened (${rollback.note ?? 'see the report'})`
  const parts = [
    rollback.pullRequest && `PR #${rollback.pullRequest.number}`,
    rollback.issue && `issue #${rollback.issue.number}`,
  ].filter(Boolean)
  return `; rollback started (${parts.join(', ')})`
}

async function markError(record: DeploymentRecord, outcome: DeployOutcome, error: unknown): Promise<void> {
  try {
    await record.post('error', `launchgate failed: ${describeError(error)}`)
  } catch (second) {
    outcome.warnings.push(`deployment ${record.id} could not be marked error: ${describeError(second)}`)
  }
  if (outcome.deployment) outcome.deployment.state = record.state
}
