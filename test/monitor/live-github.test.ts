/**
 * `launchgate monitor` live against the GitHub test server (deployments, statuses, PRs, issues,
 * labels, Dependabot and code scanning alerts, all validated against GitHub's description), with a
 * real git remote for the revert and the Sentry test server for the release's traffic.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { addCodeScanningAlert, addDependabotAlert } from '../support/github-server/routes/alerts.js'
import { createGitHubWorld, type GitHubWorld } from './support/github-world.js'

let world: GitHubWorld

beforeEach(async () => {
  world = await createGitHubWorld()
})

afterEach(async () => {
  await world?.cleanup()
})

const issuesOnly = () => [...world.state.issues.values()].filter((i) => !i.pull)

describe('launchgate monitor, live on GitHub', () => {
  it('rolls back on error rate in two buckets in a row from Sentry, once, and records its runs', async () => {
    const healthy = await world.monitor()
    expect(healthy.code).toBe(0)
    expect(healthy.json.decision).toBe('healthy')

    // The last two complete buckets fail at 12%: a streak, judged on the pooled counts.
    world.setTraffic({ requests: 1000, failureRate: 0.12, p95Ms: 400 }, Date.now() - 11 * 60_000)
    const fault = await world.monitor('--force')
    expect(fault.code).toBe(1)
    expect(fault.json.triggers).toEqual([expect.objectContaining({ signal: 'error-rate' })])
    expect(world.state.pulls()).toHaveLength(1)
    const pr = world.state.pulls()[0]!
    expect(pr.labels).toEqual(['rollback'])
    expect(pr.body).toContain(`/organizations/acme/releases/${world.repo.merge}/`)
    expect(issuesOnly()).toHaveLength(1)
    expect(world.state.git.branches.get(pr.pull.head)).toBe(
      await world.repo.remote.git('rev-parse', pr.pull.head),
    )

    const rerun = await world.monitor('--force')
    expect(rerun.json.rollback).toMatchObject({ created: false })
    expect(world.state.pulls()).toHaveLength(1)
    expect(issuesOnly()).toHaveLength(1)
    const records = world.state.deploymentStatuses.filter((s) =>
      s.description?.startsWith('launchgate-monitor'),
    )
    expect(records.map((s) => s.description.split(' ')[2])).toEqual(['healthy', 'rollback', 'rollback'])
    expect(records.every((s) => s.state === 'success' && s.environmentUrl === world.app.url)).toBe(true)
  })

  it('rolls back on a critical alert opened since the deploy, not on older or lesser ones', async () => {
    const before = new Date(world.deployedAt - 60_000).toISOString()
    const after = new Date(world.deployedAt + 60_000).toISOString()
    addDependabotAlert(world.state, { severity: 'critical', summary: 'old RCE', createdAt: before })
    addDependabotAlert(world.state, { severity: 'high', summary: 'new DoS', createdAt: after })
    addCodeScanningAlert(world.state, { securitySeverity: 'high', description: 'XSS', createdAt: after })
    expect((await world.monitor()).json.decision).toBe('healthy')

    addCodeScanningAlert(world.state, {
      securitySeverity: 'critical',
      description: 'SQL injection',
      createdAt: after,
    })
    const alert = await world.monitor('--force')
    expect(alert.code).toBe(1)
    expect(alert.json.triggers).toEqual([
      { signal: 'security', reason: expect.stringContaining('code scanning #2: SQL injection') },
    ])
  })

  it('is inconclusive when the token may not read alerts or Sentry rate-limits, and acts on nothing', async () => {
    world.gh.fail({ path: /code-scanning\/alerts$/, status: 403, times: Infinity })
    world.sentry.fail({
      path: /events-timeseries/,
      status: 429,
      headers: { 'retry-after': '0' },
      times: Infinity,
    })
    const run = await world.monitor('--dry-run')
    expect(run.code).toBe(3)
    const causes = Object.fromEntries(
      (run.json.signals as Array<{ signal: string; cause?: string }>).map((s) => [s.signal, s.cause]),
    )
    expect(causes).toMatchObject({
      'error-rate': 'rate-limited',
      p95: 'rate-limited',
      security: 'source-error',
    })
    expect(world.state.pulls()).toHaveLength(0)
  })
})
