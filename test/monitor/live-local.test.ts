/**
 * `launchgate monitor` live, end to end on the local forge (the rehearsal's setup): real git, the
 * example app with switchable faults, and the Sentry test server. From a healthy run, to a fault,
 * to exactly one rollback PR and one issue, to a re-run that adds nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createLocalWorld, type LocalWorld } from './support/local-world.js'

let world: LocalWorld

beforeEach(async () => {
  world = await createLocalWorld()
})

afterEach(async () => {
  await world?.cleanup()
})

async function counts() {
  const forge = await world.forge()
  const pulls = await forge.findPullRequests({ state: 'all' })
  const issues = await forge.findIssues({ state: 'all' })
  return { pulls: pulls.length, issues: issues.length }
}

async function monitorStatuses() {
  const statuses = await (await world.forge()).listDeploymentStatuses(world.deploymentId)
  return statuses.filter((s) => s.description?.startsWith('launchgate-monitor')).map((s) => s.description)
}

describe('launchgate monitor, live on the local forge', () => {
  it('goes healthy, then rolls back a fault exactly once, then adds nothing on a re-run', async () => {
    const healthy = await world.monitor()
    expect(healthy.code).toBe(0)
    expect(healthy.json).toMatchObject({ decision: 'healthy', triggers: [] })
    const signals = healthy.json.signals as Array<{ signal: string; verdict: string }>
    expect(signals.map((s) => `${s.signal}:${s.verdict}`)).toEqual(
      expect.arrayContaining([
        'error-rate:PASS',
        'p95:PASS',
        'websocket-failures:PASS',
        'health:PASS',
        'health.database:connection:PASS',
      ]),
    )
    // Its run is recorded on the deployment for the next run, and the cadence says "done".
    expect(await monitorStatuses()).toEqual([
      expect.stringMatching(/^launchgate-monitor t=12\d\d healthy e=P p=P w=P h=P/),
    ])
    const again = await world.monitor()
    expect(again.json).toMatchObject({ decision: 'idle', reason: expect.stringContaining('already checked') })

    world.app.setFault('db-down')
    const fault = await world.monitor('--force')
    expect(fault.code).toBe(1)
    expect(fault.json.triggers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ signal: 'health' }),
        expect.objectContaining({ signal: 'health.database:connection' }),
      ]),
    )
    const rollback = fault.json.rollback as {
      created: boolean
      pullRequest: { number: number }
      issue: { number: number }
    }
    expect(rollback.created).toBe(true)
    expect(await counts()).toEqual({ pulls: 1, issues: 1 })
    const pr = await (await world.forge()).getPullRequest(rollback.pullRequest.number)
    expect(pr).toMatchObject({ head: `rollback/${world.repo.merge}`, base: 'main', labels: ['rollback'] })
    expect(pr.body).toContain('| health.database:connection | hard | FAIL |')
    expect(pr.body).toContain('xychart-beta')
    expect(await world.repo.fileOn(pr.head, 'feature.txt')).toBeUndefined()

    const rerun = await world.monitor('--force')
    expect(rerun.code).toBe(1)
    expect(rerun.json.rollback).toMatchObject({
      created: false,
      pullRequest: { number: rollback.pullRequest.number },
    })
    expect(await counts()).toEqual({ pulls: 1, issues: 1 })
    expect(await monitorStatuses()).toHaveLength(3)
  })

  it('checks in with Sentry cron on each run when a DSN is set', async () => {
    world.env.LAUNCHGATE_SENTRY_DSN = world.sentry.dsn()
    const run = await world.monitor()
    expect(run.code).toBe(0)
    const checkIns = world.sentry.envelopeItems('check_in').map((i) => i.payload as Record<string, unknown>)
    expect(checkIns.map((c) => c.status)).toEqual(['in_progress', 'ok'])
    expect(checkIns[0]).toMatchObject({
      monitor_slug: 'launchgate-monitor',
      monitor_config: { schedule: { type: 'crontab', value: '3-58/5 * * * *' }, max_runtime: 10 },
    })
    expect(checkIns[1]!.check_in_id).toBe(checkIns[0]!.check_in_id)
  })

  it('creates nothing twice when two runs overlap', async () => {
    world.app.setFault('db-down')
    const runs = await Promise.all([world.monitor('--force'), world.monitor('--force')])
    expect(runs.map((r) => r.code)).toEqual([1, 1])
    expect(runs.filter((r) => (r.json.rollback as { created: boolean }).created)).toHaveLength(1)
    expect(await counts()).toEqual({ pulls: 1, issues: 1 })
  })

  it('writes nothing under --dry-run and says what it would do', async () => {
    world.app.setFault('db-down')
    const dry = await world.monitor('--dry-run')
    expect(dry.code).toBe(1)
    const steps = (dry.json.rollback as { steps: Array<{ action: string; outcome: string }> }).steps
    expect(steps.map((s) => `${s.action}:${s.outcome}`)).toEqual([
      'create-branch:would',
      'create-pull-request:would',
      'create-issue:would',
    ])
    expect(await counts()).toEqual({ pulls: 0, issues: 0 })
    expect(await monitorStatuses()).toEqual([])
    expect(await (await world.forge()).getBranchSha(`rollback/${world.repo.merge}`)).toBeUndefined()
  })

  it('decides but does not act under rollback:hold on an issue about the deploy', async () => {
    const forge = await world.forge()
    await forge.createIssue({
      title: `Deploy ${world.repo.merge.slice(0, 8)}`,
      body: 'watching by hand',
      labels: ['rollback:hold'],
    })
    world.app.setFault('db-down')
    const held = await world.monitor()
    expect(held.code).toBe(1)
    expect(held.json.rollback).toMatchObject({ created: false, held: { on: '#1' } })
    expect(await counts()).toEqual({ pulls: 0, issues: 1 })
  })

  it('is inconclusive, never a rollback, when the Sentry API fails, and reports a blind monitor once', async () => {
    // The release is also slow: a monitor that counted the failed query as data could roll back.
    world.setTraffic({ requests: 1000, failureRate: 0.3, p95Ms: 9000 })
    world.sentry.fail({ path: /events-timeseries/, status: 500, times: Infinity })
    for (let run = 1; run <= 3; run++) {
      const result = await world.monitor('--force')
      expect(result.code).toBe(3)
      expect(result.json).toMatchObject({ decision: 'inconclusive', triggers: [] })
      const errorRate = (result.json.signals as Array<{ signal: string; cause?: string }>).find(
        (s) => s.signal === 'error-rate',
      )
      expect(errorRate?.cause).toBe('source-error')
      expect(result.json.blindIssue).toEqual(
        run < 3 ? undefined : expect.objectContaining({ outcome: 'created' }),
      )
    }
    // A later run updates the count in the same issue.
    const fourth = await world.monitor('--force')
    const first = (await (await world.forge()).findIssues({ labels: ['monitor:blind'] }))[0]!
    expect(fourth.json.blindIssue).toMatchObject({ outcome: 'updated', number: first.number })
    const forge = await world.forge()
    expect(await forge.findPullRequests({ state: 'all' })).toEqual([])
    const blind = await forge.findIssues({ labels: ['monitor:blind'] })
    expect(blind).toHaveLength(1)
    expect(blind[0]!.body).toContain('| error-rate | source-error | 4 |')
  })
})
