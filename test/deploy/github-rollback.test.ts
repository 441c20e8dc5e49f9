/**
 * A failing smoke test on GitHub, end to end: the deploy's merge is real in git (a bare remote
 * behind the GitHub fake), the example app serves it, its WebSocket refuses, and the deploy marks
 * the deployment `failure` and starts the rollback: a revert pushed to `rollback/<sha>`, a PR
 * labelled `rollback` and a rollback issue, through the monitor's own mechanism.
 */
import { afterEach, beforeEach, expect, it } from '@jest/globals'
import { deploySchema } from '../../src/config/sections/deploy.js'
import { steppingClock } from '../../src/deploy/clock.js'
import { githubDeployPorts } from '../../src/deploy/forges.js'
import { createGitHubClient } from '../../src/github/client.js'
import { runDeploy } from '../../src/deploy/run.js'
import { startExampleApp, type ExampleApp } from '../../src/rehearsal/app/index.js'
import { openRollback } from '../../src/rollback/index.js'
import { createBareRemote, createTempRepo, type BareRemote, type TempRepo } from '../support/git-repos.js'
import { startGitHubServer, type GitHubServer, type RepoState } from '../support/github-server/index.js'
import { mirrorRemote, type GitHubMirror } from '../rollback/support/github-mirror.js'
import { watchBranch, type AutoHost } from './support/auto-host.js'
import { backNextMergeWithGit } from './support/git-backed-merges.js'

let gh: GitHubServer
let repo: RepoState
let work: TempRepo
let remote: BareRemote
let mirror: GitHubMirror
let app: ExampleApp
let auto: AutoHost

beforeEach(async () => {
  work = await createTempRepo({ files: { 'app.txt': 'v1\n' } })
  await work.branch('staging')
  await work.commit('PAM over one WebSocket', { 'app.txt': 'v2\n', 'pam.ts': 'export const ws = 1\n' })
  await work.checkout('main')
  remote = await createBareRemote(work)
  gh = await startGitHubServer()
  repo = gh.state.addRepo('acme', 'wheels', { defaultBranch: 'main' })
  mirror = await mirrorRemote(remote.dir, work.env, repo)
  await Promise.all([mirror.sync('main'), mirror.sync('staging')])
  repo.addCheckRun(repo.git.branches.get('staging')!, { name: 'ci' })
  app = await startExampleApp({ sha: repo.git.branches.get('main')! })
  auto = watchBranch(
    async () => repo.git.branches.get('main'),
    (sha) => app.setSha(sha),
  )
})

afterEach(async () => {
  await auto.stop()
  await Promise.all([gh.close(), app.close(), mirror.close()])
  await work.cleanup()
})

it('a smoke test fails on GitHub: deployment failure, revert pushed, rollback PR and issue opened', async () => {
  backNextMergeWithGit(gh, repo, remote.dir, work.env)
  app.setFault('ws-refuse')
  const ports = githubDeployPorts({
    client: createGitHubClient({
      token: 'ghs_deploy',
      baseUrl: gh.url,
      retryAfterBaseMs: 1,
      writeSpacingMs: 0,
    }),
    repo: { owner: 'acme', repo: 'wheels' },
    checkoutDir: work.dir,
  })
  const config = deploySchema.parse({
    'poll-seconds': 1,
    checklist: { migrations: false, changelog: false },
    targets: [{ name: 'app', kind: 'health', 'health-url': `${app.url}/api/health`, url: app.url }],
    smoke: {
      tests: [{ name: 'PAM websocket', kind: 'websocket', path: '/api/v1/pam/ws', 'timeout-ms': 2000 }],
    },
  })
  const outcome = await runDeploy(
    {
      ...ports,
      // The fake answers an omitted log_url as "", which its own validator refuses: always send one.
      logUrl: 'https://github.com/acme/wheels/actions/runs/9',
      rollbackGit: { dir: work.dir, env: work.env },
      env: {},
      clock: steppingClock(),
      log: () => undefined,
      openRollback,
    },
    { config, dryRun: false, skips: [] },
  )
  expect(outcome.result).toBe('smoke-failed')
  const merge = await remote.git('rev-parse', 'refs/heads/main')
  expect(outcome.sha).toBe(merge)
  const statuses = repo.deploymentStatuses.filter((s) => s.deploymentId === outcome.deployment!.id)
  expect(statuses.map((s) => s.state)).toEqual(['in_progress', 'failure'])
  expect(outcome.rollback).toMatchObject({ started: true })
  const pull = repo.pull(outcome.rollback!.pullRequest!.number)!
  expect(pull.labels).toEqual(['rollback'])
  expect(pull.pull.base).toBe('main')
  expect(await remote.git('show', `refs/heads/${pull.pull.head}:app.txt`)).toBe('v1')
  expect(repo.issue(outcome.rollback!.issue!.number)!.body).toContain('PAM websocket')
  expect(outcome.message).toMatch(
    /^Smoke tests failed \(PAM websocket\); deployment \d+ marked failure; rollback started \(PR #\d+, issue #\d+\)$/,
  )
  gh.assertNoViolations()
})
