/**
 * The bundled monitor action (dist/monitor.js) run as the runner runs it, against the GitHub and
 * Sentry test servers, the example app and a real git remote. Needs a fresh `npm run bundle`.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { FAKE_SENTRY_TOKEN } from '../support/sentry-server/index.js'
import { runBundledAction, type ActionRun } from '../support/runner.js'
import { createGitHubWorld, type GitHubWorld } from './support/github-world.js'

let world: GitHubWorld

beforeEach(async () => {
  world = await createGitHubWorld()
})

afterEach(async () => {
  await world?.cleanup()
})

const GITHUB_TOKEN = 'ghs_action_test_token_1234'

function runMonitor(inputs: Record<string, string> = {}): Promise<ActionRun> {
  return runBundledAction('monitor', {
    workspace: world.checkout,
    apiUrl: world.gh.url,
    repository: 'acme/app',
    githubToken: GITHUB_TOKEN,
    eventName: 'schedule',
    inputs: { 'sentry-token': FAKE_SENTRY_TOKEN, ...inputs },
    env: { ...world.repo.work.env, LAUNCHGATE_WRITE_SPACING_MS: '0', LAUNCHGATE_RETRY_BASE_MS: '1' },
    timeoutMs: 30_000,
  })
}

describe('the monitor action (dist/monitor.js)', () => {
  it('writes a healthy summary, then fails the step with one rollback PR and issue on a fault', async () => {
    const healthy = await runMonitor({ 'sentry-dsn': world.sentry.dsn() })
    expect(healthy.code).toBe(0)
    // Its own health: a cron check-in around the run, through the bundled @sentry/node.
    const checkIns = world.sentry.envelopeItems('check_in').map((i) => i.payload as { status: string })
    expect(checkIns.map((c) => c.status)).toEqual(['in_progress', 'ok'])
    expect(healthy.outputs).toMatchObject({ ok: 'true', decision: 'healthy', 'pull-request': '' })
    // Each signal with its value, threshold and verdict, and the window as a chart.
    expect(healthy.summary).toContain('| error-rate | soft | PASS | 1.0% | 5.0% |')
    expect(healthy.summary).toContain('| health.database:connection | hard | PASS |')
    expect(healthy.summary).toContain('xychart-beta')
    expect(healthy.masks).toEqual(expect.arrayContaining([GITHUB_TOKEN, FAKE_SENTRY_TOKEN]))

    world.app.setFault('db-down')
    const fault = await runMonitor({ force: 'true' })
    expect(fault.code).toBe(1)
    expect(fault.outputs.decision).toBe('rollback')
    expect(fault.outputs['pull-request']).toBe(String(world.state.pulls()[0]!.number))
    expect(fault.annotations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ level: 'error', message: expect.stringContaining('Roll back') }),
      ]),
    )
    expect(world.state.pulls()).toHaveLength(1)
    expect([...world.state.issues.values()].filter((i) => !i.pull)).toHaveLength(1)
    // Each recorded run links to the workflow run.
    const records = world.state.deploymentStatuses.filter((s) =>
      s.description.startsWith('launchgate-monitor'),
    )
    expect(records.map((s) => s.logUrl)).toEqual([
      'https://github.com/acme/app/actions/runs/1',
      'https://github.com/acme/app/actions/runs/1',
    ])
    for (const run of [healthy, fault]) {
      const printed = `${run.stdout.replace(/^::add-mask::.*$/gm, '')}${run.stderr}${run.summary}`
      expect(printed).not.toContain(GITHUB_TOKEN)
      expect(printed).not.toContain(FAKE_SENTRY_TOKEN)
    }
  })

  it('under dry-run decides and reports, and writes nothing', async () => {
    world.app.setFault('db-down')
    const dry = await runMonitor({ 'dry-run': 'true' })
    expect(dry.outputs.decision).toBe('rollback')
    expect(dry.summary).toContain('Dry run: nothing was written.')
    expect(world.state.pulls()).toHaveLength(0)
    expect(
      world.state.deploymentStatuses.filter((s) => s.description.startsWith('launchgate-monitor')),
    ).toEqual([])
  })
})
