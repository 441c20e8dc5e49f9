/**
 * The release rehearsal (`npm start`) as a test, on the BUNDLED actions (dist/*.js) run as the
 * runner runs them: the PR gate on the week-4 change of the example (consolidation, prefilter
 * against the base, the 7 review agents and their aggregate gate, each in its section of one PR
 * gate comment), the
 * deploy of staging to main against the example app (a deployment in_progress then success, a
 * Sentry release with its deploy marker), and the watch: healthy, then a fault, exactly one
 * rollback PR and one rollback issue, and a re-run that adds nothing. Needs a fresh dist/.
 *
 * The steps share one world and run in order; a step that fails leaves the later ones failing too.
 */
import { GATE_MARKER, parseGateComment } from '../../src/report/gate-comment.js'
import { cp, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { REVIEW_AGENTS } from '../../src/config/sections/review.js'
import { DEFAULT_USERS } from '../../src/rehearsal/app/index.js'
import { FAKE_SENTRY_TOKEN } from '../support/sentry-server/index.js'
import { runBundledAction, type ActionRun, type RunActionOptions } from '../support/runner.js'
import { watchBranch } from '../deploy/support/auto-host.js'
import { backNextMergeWithGit } from '../deploy/support/git-backed-merges.js'
import { BRANCH, createE2EWorld, NAME, OWNER, type E2EWorld } from './support/world.js'

const TOKEN = 'ghs_e2e_pipeline_token_0123'
const REPOSITORY = `${OWNER}/${NAME}`
const RUN_URL = `https://github.com/${REPOSITORY}/actions/runs/1`
const [SMOKE_EMAIL, SMOKE_PASSWORD] = Object.entries(DEFAULT_USERS)[0]!
/** The secrets the example's deploy checklist requires, with stand-in values, and the smoke login. */
const DEPLOY_SECRETS = {
  SUPABASE_URL: 'https://db.wheels.example/e2e-secret',
  SUPABASE_ANON_KEY: 'e2e-anon-key-value',
  ANTHROPIC_API_KEY: 'sk-ant-e2e-key-value',
  SMOKE_TEST_EMAIL: SMOKE_EMAIL!,
  SMOKE_TEST_PASSWORD: SMOKE_PASSWORD!,
  SENTRY_AUTH_TOKEN: FAKE_SENTRY_TOKEN,
}

let world: E2EWorld

beforeAll(async () => {
  world = await createE2EWorld()
}, 30_000)

afterAll(async () => {
  const errors = await world?.cleanup()
  expect(errors ?? []).toEqual([])
}, 30_000)

/** Runs a bundled action against the world's GitHub fake, as one job of a workflow would. */
async function run(entry: string, options: RunActionOptions): Promise<ActionRun> {
  const result = await runBundledAction(entry, {
    apiUrl: world.gh.url,
    repository: REPOSITORY,
    githubToken: TOKEN,
    ...options,
    env: {
      ...world.work.env,
      LAUNCHGATE_RETRY_BASE_MS: '1',
      LAUNCHGATE_WRITE_SPACING_MS: '0',
      // Short, but the gate comment's writers still wait and look again as on a runner.
      LAUNCHGATE_COMMENT_SETTLE_MS: '100',
      ...options.env,
    },
  })
  forgetRunnerDir(result)
  return result
}

/**
 * The harness leaves each run's folder (`<tmp>/lg-runner-*`: RUNNER_TEMP, the output and summary
 * files) behind; found from a report the action wrote under RUNNER_TEMP, it is removed at cleanup.
 */
function forgetRunnerDir(result: ActionRun): void {
  for (const file of [result.outputs.report, result.outputs['findings-file']]) {
    const runnerTemp = file?.split(`${path.sep}runner-temp${path.sep}`)[0]
    if (runnerTemp && runnerTemp !== file && path.basename(runnerTemp).startsWith('lg-runner-')) {
      world.onCleanup(() => rm(runnerTemp, { recursive: true, force: true }))
      return
    }
  }
}

/** What GitHub sends on a push to the pull request's branch. */
function pullRequestEvent(): Record<string, unknown> {
  const pull = world.repo.pull(world.pullNumber)!
  return {
    action: 'synchronize',
    number: world.pullNumber,
    pull_request: {
      number: world.pullNumber,
      title: pull.title,
      body: pull.body,
      base: { ref: 'staging', sha: world.base },
      head: { ref: BRANCH, sha: world.head },
    },
    repository: { name: NAME, full_name: REPOSITORY, owner: { login: OWNER } },
  }
}

/** A job of the PR gate: the checkout at the pull request's head, with the GitHub token. */
const prJob = (entry: string, inputs: Record<string, string>) =>
  run(entry, {
    workspace: world.work.dir,
    eventName: 'pull_request',
    event: pullRequestEvent(),
    sha: world.head,
    inputs,
  })

/** The PR gate comment's sections by capability, with their status; any other comment fails. */
function gateSections(): Map<string, string> {
  const comments = world.repo.commentsOf(world.pullNumber)
  expect(comments).toHaveLength(1)
  expect(comments[0]!.body).toContain(`<!-- ${GATE_MARKER} -->`)
  return new Map(parseGateComment(comments[0]!.body).map((s) => [s.capability, s.status]))
}

/** Rollback pull requests and issues in the fake, by the monitor's label. */
function rollbacks() {
  const labelled = [...world.repo.issues.values()].filter((i) => i.labels.includes('rollback'))
  return { pulls: labelled.filter((i) => i.pull), issues: labelled.filter((i) => !i.pull) }
}

/**
 * The watch runs on a compressed clock, as the rehearsal's does: the deployment's records (which the
 * fake stamps with its own fixed 2024 clock) are moved to `minutesAgo` before now, so the monitor
 * finds full 5-minute Sentry buckets since the deploy without waiting for them.
 */
function deployedMinutesAgo(deploymentId: number, minutesAgo: number): void {
  const startedMs = Date.now() - minutesAgo * 60_000
  const deployment = world.repo.deployments.get(deploymentId)!
  deployment.createdAt = deployment.updatedAt = new Date(startedMs).toISOString()
  const statuses = world.repo.deploymentStatuses.filter((s) => s.deploymentId === deploymentId)
  for (const [i, status] of statuses.entries()) status.createdAt = new Date(startedMs + i + 1).toISOString()
}

/** The verdicts of the PR gate, recorded as checks of staging's head once merged, as CI would. */
const gate: Record<string, boolean> = {}
let deployed: { sha: string; deploymentId: number } | undefined
let monitorCheckout: string

describe('the release rehearsal on the bundled actions', () => {
  it('PR gate: consolidation passes on the consolidated example and writes its section of the gate comment', async () => {
    const result = await prJob('consolidation', { since: world.base })
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.outputs.ok).toBe('true')
    expect(result.outputs.violations).toBe('0')
    expect(result.summary).toMatch(/all 2 concern\(s\) consolidated/)
    const sarif = JSON.parse(await readFile(result.outputs.sarif!, 'utf8')) as { runs: unknown[] }
    expect(sarif.runs).toHaveLength(1)
    expect(result.masks).toContain(TOKEN)
    expect(gateSections()).toEqual(new Map([['consolidation', 'passed']]))
    gate.consolidation = result.outputs.ok === 'true'
  })

  it('PR gate: the prefilter benchmark passes against the base commit and writes its section of the gate comment', async () => {
    const result = await prJob('prefilter', { base: world.base })
    expect(result.code).toBe(0)
    expect(result.outputs.ok).toBe('true')
    expect(Number(result.outputs['token-reduction'])).toBeGreaterThanOrEqual(0.8)
    expect(Number(result.outputs.completeness)).toBeGreaterThanOrEqual(0.98)
    expect(gateSections()).toEqual(
      new Map([
        ['consolidation', 'passed'],
        ['prefilter', 'passed'],
      ]),
    )
    gate.prefilter = result.outputs.ok === 'true'
  })

  it('PR gate: the 7 review agents (no token) and the aggregate gate pass; their section of the gate comment', async () => {
    const findingsDir = await world.tempDir('lg-e2e-findings-')
    const agents = await Promise.all(
      REVIEW_AGENTS.map((agent) =>
        run('review-agent', {
          workspace: world.work.dir,
          eventName: 'pull_request',
          event: pullRequestEvent(),
          sha: world.head,
          // The matrix jobs hold no GitHub token and reach no API.
          githubToken: '',
          apiUrl: 'http://127.0.0.1:9',
          inputs: { agent },
        }),
      ),
    )
    expect(agents).toHaveLength(7)
    for (const [i, agent] of agents.entries()) {
      expect([REVIEW_AGENTS[i], agent.code, agent.stderr]).toEqual([REVIEW_AGENTS[i], 0, ''])
      const file = agent.outputs['findings-file']!
      expect(path.basename(file)).toBe(`${REVIEW_AGENTS[i]}.json`)
      // What actions/upload-artifact and download-artifact do between the matrix and the gate.
      await cp(file, path.join(findingsDir, REVIEW_AGENTS[i]!, path.basename(file)))
      const artifact = JSON.parse(await readFile(file, 'utf8')) as {
        agent: string
        head: string
      }
      expect(artifact).toMatchObject({ agent: REVIEW_AGENTS[i], head: world.head })
    }
    const before = world.gh.requests.length
    const aggregate = await prJob('review-aggregate', { 'findings-dir': findingsDir })
    expect(aggregate.code).toBe(0)
    expect(aggregate.outputs).toMatchObject({ ok: 'true', critical: '0', high: '0' })
    const scores = JSON.parse(aggregate.outputs.scores!) as Record<string, number>
    expect(Object.keys(scores).sort()).toEqual([...REVIEW_AGENTS].sort())
    for (const score of Object.values(scores)) expect(score).toBeGreaterThan(8)
    expect(world.gh.requests.length).toBeGreaterThan(before)
    expect(gateSections()).toEqual(
      new Map([
        ['consolidation', 'passed'],
        ['prefilter', 'passed'],
        ['review', 'passed'],
      ]),
    )
    expect(world.repo.commentsOf(world.pullNumber)[0]!.body).toMatch(/^## ✅ launchgate PR gate passes$/m)
    gate.review = aggregate.outputs.ok === 'true'
  })

  it('merges the pull request into staging (a real push, mirrored into the fake)', async () => {
    expect(gate).toEqual({ consolidation: true, prefilter: true, review: true })
    await world.work.checkout('staging')
    await world.work.git(
      'merge',
      '--no-ff',
      '--quiet',
      '-m',
      `Merge pull request #${world.pullNumber}`,
      BRANCH,
    )
    const staging = await world.work.sha()
    await world.work.push('staging')
    expect(world.repo.git.branches.get('staging')).toBe(staging)
    const pull = world.repo.pull(world.pullNumber)!
    Object.assign(pull, { state: 'closed', closedAt: new Date().toISOString() })
    Object.assign(pull.pull, { merged: true, mergedAt: pull.closedAt, mergeCommitSha: staging })
    for (const [name, ok] of Object.entries(gate)) {
      world.repo.addCheckRun(staging, { name: `launchgate ${name}`, conclusion: ok ? 'success' : 'failure' })
    }
  })

  it('deploy: staging merged into main, live on the app, smoke tests green; deployment in_progress then success', async () => {
    const mainBefore = world.repo.git.branches.get('main')!
    // GitHub's merge is also done in git, and the host releases main whenever it moves.
    backNextMergeWithGit(world.gh, world.repo, world.remote.dir, world.work.env)
    const host = watchBranch(
      async () => world.repo.git.branches.get('main'),
      (sha) => world.app.setSha(sha),
    )
    world.onCleanup(() => host.stop())
    const workspace = await world.checkout('main')
    const result = await run('deploy', { workspace, eventName: 'workflow_dispatch', env: DEPLOY_SECRETS })
    expect(result.stderr).toBe('')
    expect(result.outputs.result).toBe('success')
    expect(result.code).toBe(0)
    const main = await world.remote.git('rev-parse', 'refs/heads/main')
    expect(main).not.toBe(mainBefore)
    expect((await world.remote.git('rev-parse', `${main}^1`, `${main}^2`)).split('\n')).toEqual([
      mainBefore,
      world.repo.git.branches.get('staging'),
    ])
    expect(result.outputs.sha).toBe(main)
    expect(world.repo.git.branches.get('main')).toBe(main)
    expect(host.deployed).toEqual([main])
    const deploymentId = Number(result.outputs['deployment-id'])
    expect(world.repo.deployments.get(deploymentId)).toMatchObject({ sha: main, environment: 'production' })
    expect(
      world.repo.deploymentStatuses
        .filter((s) => s.deploymentId === deploymentId)
        .map((s) => [s.state, s.logUrl]),
    ).toEqual([
      ['in_progress', RUN_URL],
      ['success', RUN_URL],
    ])
    for (const smoke of ['health', 'log in', 'PAM WebSocket', 'trip write'])
      expect(result.summary).toContain(smoke)
    expect(result.masks).toEqual(
      expect.arrayContaining([TOKEN, DEPLOY_SECRETS.SUPABASE_URL, DEPLOY_SECRETS.SMOKE_TEST_PASSWORD]),
    )
    // The release in Sentry, with the merge as its commit and a production deploy marker.
    const release = world.sentry.state.releases.get(main)
    expect(release?.refs).toEqual([expect.objectContaining({ repository: REPOSITORY, commit: main })])
    expect(release?.deploys.map((d) => d.environment)).toEqual(['production'])
    deployed = { sha: main, deploymentId }
  })

  const monitorRuns: ActionRun[] = []
  /**
   * One forced monitor run (a workflow_dispatch), back to back with the previous one: a run's record
   * is stamped like its probe bucket, so the next run never reads an older bucket as the latest.
   */
  const monitor = async () => {
    const result = await run('monitor', {
      workspace: monitorCheckout,
      eventName: 'workflow_dispatch',
      inputs: { 'sentry-token': FAKE_SENTRY_TOKEN, 'sentry-dsn': world.sentry.dsn(), force: 'true' },
      timeoutMs: 30_000,
    })
    monitorRuns.push(result)
    return result
  }

  it('monitor: the release is healthy (exit 0), nothing opened', async () => {
    expect(deployed).toBeDefined()
    deployedMinutesAgo(deployed!.deploymentId, 21)
    monitorCheckout = await world.checkout('main')
    const healthy = await monitor()
    expect(healthy.stderr).toBe('')
    expect(healthy.code).toBe(0)
    expect(healthy.outputs).toMatchObject({ ok: 'true', decision: 'healthy', 'pull-request': '', issue: '' })
    expect(healthy.summary).toContain('| error-rate | soft | PASS |')
    expect(rollbacks()).toEqual({ pulls: [], issues: [] })
  })

  it('monitor: a failing WebSocket rolls back (exit 1) with exactly one PR and one issue; a re-run adds nothing', async () => {
    world.app.setFault('ws-refuse')
    // A soft signal needs two failing buckets in a row: the first faulty run only leaves it open.
    const first = await monitor()
    expect(first.outputs).toMatchObject({ ok: 'false', decision: 'inconclusive', 'pull-request': '' })
    expect(first.code).toBe(0)
    expect(first.summary).toMatch(/\| websocket-failures \| soft \| INCONCLUSIVE/)
    expect(rollbacks()).toEqual({ pulls: [], issues: [] })

    const fault = await monitor()
    expect(fault.outputs.decision).toBe('rollback')
    expect(fault.summary).toMatch(/\| websocket-failures \| soft \| FAIL \| 100\.0% \|/)
    expect(fault.code).toBe(1)
    expect(fault.annotations).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ level: 'error', message: expect.stringContaining('Roll back') }),
      ]),
    )
    const opened = rollbacks()
    expect(opened.pulls).toHaveLength(1)
    expect(opened.issues).toHaveLength(1)
    const pull = opened.pulls[0]!
    expect(fault.outputs['pull-request']).toBe(String(pull.number))
    expect(fault.outputs.issue).toBe(String(opened.issues[0]!.number))
    expect(pull.pull).toMatchObject({ base: 'main', head: `rollback/${deployed!.sha}` })
    // The revert branch is real: it undoes the week-4 change on top of main.
    const revert = await world.remote.git('rev-parse', `refs/heads/${pull.pull!.head}`)
    expect(await world.remote.git('rev-parse', `${revert}^`)).toBe(deployed!.sha)
    expect(await world.remote.git('diff', '--stat', world.base, revert)).toBe('')

    const again = await monitor()
    expect(again.outputs.decision).toBe('rollback')
    const after = rollbacks()
    expect(after.pulls.map((p) => p.number)).toEqual([pull.number])
    expect(after.issues.map((i) => i.number)).toEqual([opened.issues[0]!.number])
    // Everything in the fake: the week-4 pull request, the rollback pull request and issue.
    expect(world.repo.issues.size).toBe(3)
  })

  it('records: the deploy’s statuses, then one status per monitor run; no contract violation', () => {
    const statuses = world.repo.deploymentStatuses.filter((s) => s.deploymentId === deployed!.deploymentId)
    expect(statuses.slice(0, 2).map((s) => s.state)).toEqual(['in_progress', 'success'])
    const decisions = ['healthy', 'inconclusive', 'rollback', 'rollback']
    expect(monitorRuns.map((r) => r.outputs.decision)).toEqual(decisions)
    expect(
      statuses.slice(2).map((s) => /^launchgate-monitor t=\d+ ([a-z]+) /.exec(s.description)?.[1]),
    ).toEqual(decisions)
    expect(statuses.slice(2).every((s) => s.logUrl === RUN_URL)).toBe(true)
    expect(world.repo.deployments.size).toBe(1)
    // The monitor's own health in Sentry: a cron check-in around each run, ok whatever it decided.
    const checkIns = world.sentry
      .envelopeItems('check_in')
      .map((i) => (i.payload as { status: string }).status)
    expect(checkIns).toEqual(monitorRuns.flatMap(() => ['in_progress', 'ok']))
    world.gh.assertNoViolations()
    world.sentry.assertNoViolations()
  })
})
