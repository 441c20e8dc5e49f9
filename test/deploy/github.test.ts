/**
 * The deploy on GitHub: the use case with the GitHub forge against the GitHub API test server
 * (every request and response validated against GitHub's OpenAPI description), the example app
 * deploying main when it moves, and the faults only GitHub produces: branch protection, 502s and
 * secondary rate limits (retried, then a clear failure).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { deploySchema } from '../../src/config/sections/deploy.js'
import { ApiError, ExitCode, exitCodeFor } from '../../src/errors.js'
import { steppingClock } from '../../src/deploy/clock.js'
import { githubDeployPorts } from '../../src/deploy/forges.js'
import { createGitHubClient } from '../../src/github/client.js'
import { runDeploy, type DeployDeps } from '../../src/deploy/run.js'
import { startExampleApp, type ExampleApp } from '../../src/rehearsal/app/index.js'
import { openRollback } from '../../src/rollback/index.js'
import { startGitHubServer, type GitHubServer, type RepoState } from '../support/github-server/index.js'
import { FAKE_SENTRY_TOKEN, startSentryServer } from '../support/sentry-server/index.js'
import { watchBranch, type AutoHost } from './support/auto-host.js'

const PROTECTED =
  'Protected branch update failed for refs/heads/main: Changes must be made through a pull request.'

let gh: GitHubServer
let repo: RepoState
let app: ExampleApp
let auto: AutoHost
let lines: string[]

beforeEach(async () => {
  gh = await startGitHubServer()
  repo = gh.state.addRepo('acme', 'wheels', { defaultBranch: 'main' })
  repo.git.setBranch('staging', repo.git.branches.get('main'))
  repo.git.commit('staging', 'week 4: polish')
  repo.addCheckRun(repo.git.branches.get('staging')!, { name: 'ci' })
  app = await startExampleApp({ sha: repo.git.branches.get('main')! })
  auto = watchBranch(
    async () => repo.git.branches.get('main'),
    (sha) => app.setSha(sha),
  )
  lines = []
})

afterEach(async () => {
  if (gh.violations.length) console.log(JSON.stringify(gh.violations, null, 1).slice(0, 3000))
  await auto.stop()
  await Promise.all([gh.close(), app.close()])
})

function deps(): DeployDeps {
  const ports = githubDeployPorts({
    client: createGitHubClient({
      token: 'ghs_deploy_token',
      baseUrl: gh.url,
      retryAfterBaseMs: 1,
      writeSpacingMs: 0,
    }),
    repo: { owner: 'acme', repo: 'wheels' },
    checkoutDir: process.cwd(),
  })
  return {
    ...ports,
    env: {},
    clock: steppingClock(),
    log: (l) => lines.push(l),
    openRollback,
    logUrl: 'https://github.com/acme/wheels/actions/runs/7',
    http: { retryBaseMs: 1 },
  }
}

const config = (extra: Record<string, unknown> = {}) =>
  deploySchema.parse({
    'poll-seconds': 1,
    'wait-timeout-minutes': 1,
    checklist: { migrations: false, changelog: false },
    targets: [{ name: 'app', kind: 'health', 'health-url': `${app.url}/api/health`, url: app.url }],
    smoke: {
      tests: [{ name: 'health', kind: 'http', path: '/api/health', expect: { json: { status: 'pass' } } }],
    },
    ...extra,
  })

const deploy = (extra: Record<string, unknown> = {}) =>
  runDeploy(deps(), { config: config(extra), dryRun: false, skips: [] })

describe('deploy against GitHub', () => {
  it('merges with the merges API, records the deployment in_progress then success with both URLs', async () => {
    const outcome = await deploy()
    expect(outcome.result).toBe('success')
    const main = repo.git.branches.get('main')!
    expect(outcome.sha).toBe(main)
    expect(repo.git.commits.get(main)!.parents).toEqual([
      expect.any(String),
      repo.git.branches.get('staging'),
    ])
    const statuses = repo.deploymentStatuses.filter((s) => s.deploymentId === outcome.deployment!.id)
    expect(statuses.map((s) => s.state)).toEqual(['in_progress', 'success'])
    expect(statuses[1]).toMatchObject({
      environmentUrl: app.url,
      logUrl: 'https://github.com/acme/wheels/actions/runs/7',
    })
    gh.assertNoViolations()
  })

  it('goes through a labelled pull request when branch protection refuses the direct merge', async () => {
    gh.fail({
      method: 'POST',
      path: '/merges',
      status: 409,
      body: { message: PROTECTED, documentation_url: 'https://docs.github.com' },
    })
    const outcome = await deploy()
    expect(outcome.result).toBe('success')
    expect(outcome.promote).toMatchObject({ status: 'merged', via: 'pull-request' })
    const [pull] = repo.pulls()
    expect(pull).toMatchObject({ state: 'closed', labels: ['deploy'] })
    expect(pull!.pull).toMatchObject({ merged: true, head: 'staging', base: 'main' })
    expect(lines).toContain(
      `opened pull request #${pull!.number} (https://github.com/acme/wheels/pull/${pull!.number})`,
    )
    gh.assertNoViolations()
  })

  it('under branch protection, a main that already holds staging is nothing to merge, not a 422', async () => {
    gh.fail({ method: 'POST', path: '/merges', status: 409, times: Infinity, body: { message: PROTECTED } })
    repo.git.setBranch('staging', repo.git.branches.get('main'))
    repo.addCheckRun(repo.git.branches.get('staging')!, { name: 'ci' })
    const outcome = await deploy()
    expect(outcome.result).toBe('nothing-to-merge')
    expect(outcome.message).toBe('Nothing to merge: main already contains staging; nothing was deployed')
    const refused = gh.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/pulls'))
    expect(refused.map((r) => r.status)).toEqual([422])
    expect(repo.pulls()).toEqual([])
    expect(repo.deployments.size).toBe(0)
  })

  it('leaves the deploy pull request open and says why when its checks fail', async () => {
    gh.fail({
      method: 'POST',
      path: '/merges',
      status: 409,
      body: { message: PROTECTED, documentation_url: 'https://docs.github.com' },
    })
    repo.addCheckRun(repo.git.branches.get('staging')!, { name: 'e2e', conclusion: 'failure' })
    const skips = [{ id: 'required-checks' as const, by: 'the test' }]
    const outcome = await runDeploy(deps(), { config: config(), dryRun: false, skips })
    expect(outcome.result).toBe('merge-refused')
    const [pull] = repo.pulls()
    expect(pull).toMatchObject({ state: 'open', labels: ['deploy'] })
    expect(outcome.message).toBe(
      `The checks of pull request #${pull!.number} failed: it stays open; fix them and dispatch the deploy again`,
    )
    expect(repo.deployments.size).toBe(0)
  })

  it('stops with what to change when protection refuses and the config forbids a pull request', async () => {
    gh.fail({
      method: 'POST',
      path: '/merges',
      status: 409,
      body: { message: PROTECTED, documentation_url: 'https://docs.github.com' },
    })
    const before = repo.git.branches.get('main')
    const outcome = await deploy({ promote: 'merge' })
    expect(outcome.result).toBe('merge-refused')
    expect(outcome.message).toMatch(
      /^Branch protection on main refused the merge: .*Set deploy.promote to auto or pull-request/,
    )
    expect(repo.git.branches.get('main')).toBe(before)
    expect(repo.deployments.size).toBe(0)
    expect(repo.pulls()).toEqual([])
  })

  it('reports a conflict (409) with the branch names and what to do, and nothing to merge (204)', async () => {
    gh.fail({
      method: 'POST',
      path: '/merges',
      status: 409,
      body: { message: 'Merge conflict', documentation_url: 'https://docs.github.com' },
    })
    const conflict = await deploy()
    expect(conflict.result).toBe('merge-conflict')
    expect(conflict.message).toMatch(
      /^Staging conflicts with main: .*Merge conflict\. Merge main into staging, resolve the conflicts/,
    )
    repo.git.setBranch('staging', repo.git.branches.get('main'))
    repo.addCheckRun(repo.git.branches.get('staging')!, { name: 'ci' })
    const nothing = await deploy()
    expect(nothing.result).toBe('nothing-to-merge')
    expect(repo.deployments.size).toBe(0)
  })

  it('a read before the merge failing after its retries says nothing was changed (exit 69)', async () => {
    gh.fail({ method: 'GET', path: '/check-runs', status: 500, times: Infinity })
    const before = repo.git.branches.get('main')
    const error = await deploy().then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).message).toMatch(
      /check-runs failed \(HTTP 500\).* Nothing was changed \(the deploy stopped before the merge\): dispatch it again once the service answers\.$/,
    )
    expect(exitCodeFor(error)).toBe(ExitCode.unavailable)
    expect(repo.git.branches.get('main')).toBe(before)
    expect(repo.deployments.size).toBe(0)
  })

  it('retries a 502 and a secondary rate limit, then succeeds', async () => {
    gh.fail({ method: 'POST', path: '/merges', status: 502, times: 2 })
    gh.failWithSecondaryRateLimit({ method: 'POST', path: /\/deployments$/, times: 1, retryAfterSeconds: 1 })
    const outcome = await deploy()
    expect(outcome.result).toBe('success')
    expect(gh.requests.filter((r) => r.path.endsWith('/merges')).map((r) => r.status)).toEqual([
      502, 502, 201,
    ])
    expect(
      gh.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/deployments')).map((r) => r.status),
    ).toEqual([403, 201])
  })

  it('releases a merge that landed while the run was on its way (a retried merge answers 204)', async () => {
    const staging = repo.git.branches.get('staging')!
    // The merge happens after the run read main: what a lost 201 followed by a retry looks like.
    gh.tamper({
      method: 'GET',
      path: '/check-runs',
      mutate: (body) => (repo.git.merge('main', staging), body),
    })
    const outcome = await deploy()
    expect(gh.requests.filter((r) => r.path.endsWith('/merges')).map((r) => r.status)).toEqual([204])
    expect(outcome.result).toBe('success')
    expect(outcome.sha).toBe(repo.git.branches.get('main'))
    expect(lines).toContain(
      `main moved to ${outcome.sha!.slice(0, 12)} during the merge: releasing it as this deploy's merge`,
    )
  })

  it('fails clearly when GitHub keeps answering 502, with nothing changed', async () => {
    gh.fail({ method: 'POST', path: '/merges', status: 502, times: Infinity })
    const before = repo.git.branches.get('main')
    await expect(deploy()).rejects.toThrow(/^GitHub POST \/repos\/acme\/wheels\/merges failed \(HTTP 502\)/)
    expect(gh.requests.filter((r) => r.path.endsWith('/merges'))).toHaveLength(4)
    expect(repo.git.branches.get('main')).toBe(before)
    expect(repo.deployments.size).toBe(0)
  })

  it('says the merge landed when the deployment cannot be recorded after retries', async () => {
    gh.failWithSecondaryRateLimit({
      method: 'POST',
      path: /\/deployments$/,
      times: Infinity,
      retryAfterSeconds: 1,
    })
    await expect(deploy()).rejects.toThrow(
      /^main already holds the merge [0-9a-f]{12}, but recording the GitHub deployment failed: GitHub POST .*deployments failed \(HTTP 403\)/,
    )
  })

  it('an outage after the merge, then a re-dispatch: the merge is released once', async () => {
    gh.fail({ method: 'POST', path: /\/deployments$/, status: 503, times: 4 })
    await expect(deploy()).rejects.toThrow(
      /dispatch the deploy again \(it finds this merge and finishes its release\)/,
    )
    const merged = repo.git.branches.get('main')!
    expect(repo.deployments.size).toBe(0)
    const dry = await runDeploy(deps(), { config: config(), dryRun: true, skips: [] })
    expect(dry.message).toBe(
      `Dry run: main holds the merge ${merged.slice(0, 12)} of staging, not released yet; would finish its release. Nothing was changed`,
    )
    expect(repo.deployments.size).toBe(0)
    const again = await deploy()
    expect(again).toMatchObject({
      result: 'success',
      sha: merged,
      promote: { status: 'merged', resumed: true },
    })
    expect(again.checklist.every((i) => i.status === 'skipped')).toBe(true)
    expect(repo.git.branches.get('main')).toBe(merged)
    expect([...repo.deployments.values()].map((d) => d.sha)).toEqual([merged])
    gh.assertNoViolations()
  })

  it('marks the deployment failure when a smoke test fails', async () => {
    app.setFault('ws-refuse')
    const outcome = await deploy({
      'rollback-on': [],
      smoke: {
        tests: [{ name: 'PAM websocket', kind: 'websocket', path: '/api/v1/pam/ws', 'timeout-ms': 2000 }],
      },
    })
    expect(outcome.result).toBe('smoke-failed')
    const statuses = repo.deploymentStatuses.filter((s) => s.deploymentId === outcome.deployment!.id)
    expect(statuses.map((s) => s.state)).toEqual(['in_progress', 'failure'])
    expect(statuses[1]!.description).toBe('smoke tests failed: PAM websocket')
    expect(outcome.rollback).toMatchObject({ started: false })
  })

  it('records the Sentry release and deploy marker, and takes a Sentry outage as a warning, not a failed deploy', async () => {
    const sentry = await startSentryServer({ org: 'acme', projects: ['wheels'] })
    try {
      const sentryConfig = { sentry: { 'api-url': sentry.url, org: 'acme', projects: ['wheels'] } }
      const env = { SENTRY_AUTH_TOKEN: FAKE_SENTRY_TOKEN }
      const marked = await runDeploy(
        { ...deps(), env },
        { config: config(sentryConfig), dryRun: false, skips: [] },
      )
      expect(marked.sentry).toEqual({ release: marked.sha, deploy: true })
      expect(sentry.state.releases.get(marked.sha!)!.deploys).toHaveLength(1)
      repo.git.commit('staging', 'hotfix')
      repo.addCheckRun(repo.git.branches.get('staging')!, { name: 'ci' })
      sentry.fail({ method: 'POST', path: /releases\/$/, status: 503, times: Infinity })
      const outage = await runDeploy(
        { ...deps(), env },
        { config: config(sentryConfig), dryRun: false, skips: [] },
      )
      expect(outage.result).toBe('success')
      expect(outage.warnings).toEqual([
        expect.stringMatching(/^Sentry release not recorded: Sentry create release \w+ failed \(HTTP 503\)/),
      ])
      sentry.assertNoViolations()
    } finally {
      await sentry.close()
    }
  })
})
