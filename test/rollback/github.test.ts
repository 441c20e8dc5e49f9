/**
 * The rollback against the GitHub test server (every request validated against GitHub's OpenAPI
 * description) with a real git remote behind it: the revert is written in a shallow checkout, as
 * on a runner, and pushed; the push reaches the fake's graph through the mirror hook.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createGitHubClient } from '../../src/github/client.js'
import { GitHubForge } from '../../src/github/forge.js'
import { openRollback, type RollbackRequest } from '../../src/rollback/index.js'
import { startGitHubServer, type GitHubServer, type RepoState } from '../support/github-server/index.js'
import { createDeployedRepo, type DeployedRepo } from './support/deployed-repo.js'
import { mirrorRemote, type GitHubMirror } from './support/github-mirror.js'

let gh: GitHubServer
let state: RepoState
let repo: DeployedRepo
let mirror: GitHubMirror

const forge = () =>
  new GitHubForge(
    createGitHubClient({ token: 'ghs_test', baseUrl: gh.url, retryAfterBaseMs: 1, writeSpacingMs: 0 }),
    {
      owner: 'acme',
      repo: 'app',
    },
  )

const request = async (extra: Partial<RollbackRequest> = {}): Promise<RollbackRequest> => ({
  sha: repo.merge,
  environment: 'production',
  reason: 'health: 3 of the last 3 probes failed',
  evidenceMarkdown: 'health FAIL',
  base: 'main',
  git: { dir: await repo.checkout(), env: repo.work.env },
  ...extra,
})

beforeEach(async () => {
  gh = await startGitHubServer()
  state = gh.state.addRepo('acme', 'app')
  repo = await createDeployedRepo()
  mirror = await mirrorRemote(repo.remote.dir, repo.work.env, state)
  await mirror.sync('main')
})

afterEach(async () => {
  try {
    gh.assertNoViolations()
  } finally {
    await Promise.all([gh.close(), mirror.close()])
    await repo.cleanup()
  }
})

describe('openRollback on GitHub with a real git remote', () => {
  it('pushes the revert from a shallow checkout and opens one PR and one issue, once', async () => {
    const first = await openRollback(forge(), await request())
    expect(first.created).toBe(true)
    expect(await repo.fileOn(first.branch, 'feature.txt')).toBeUndefined()
    expect(await repo.fileOn(first.branch, 'later.txt')).toBe('later work')
    expect(state.git.branches.get(first.branch)).toBe(first.revertSha)
    const pull = state.pull(first.pullRequest!.number)!
    expect(pull.labels).toEqual(['rollback'])
    expect(pull.body).toContain(`- Rollback issue: #${first.issue!.number}`)
    expect(state.issue(first.issue!.number)!.body).toContain(`#${pull.number}`)

    const again = await openRollback(forge(), await request())
    expect(again.created).toBe(false)
    expect(state.issues.size).toBe(2)
  })

  it('creates nothing twice when two runners overlap', async () => {
    const [a, b] = await Promise.all([request(), request()])
    const results = await Promise.all([openRollback(forge(), a), openRollback(forge(), b)])
    expect(results.filter((r) => r.created)).toHaveLength(1)
    expect(state.pulls()).toHaveLength(1)
    expect([...state.issues.values()].filter((i) => !i.pull)).toHaveLength(1)
  })

  it('stops under rollback:hold on the merged deploy PR', async () => {
    state.git.commits.set('f'.repeat(40), {
      sha: 'f'.repeat(40),
      parents: [],
      date: '2024-01-01T00:00:00Z',
      message: 'f',
    })
    state.git.branches.set('feature', 'f'.repeat(40))
    const deploy = state.addPullRequest({
      title: 'Release',
      head: 'feature',
      base: 'main',
      labels: ['rollback:hold'],
    })
    Object.assign(deploy.pull, { merged: true, mergeCommitSha: repo.merge, mergedAt: '2024-01-01T00:00:00Z' })
    Object.assign(deploy, { state: 'closed', closedAt: '2024-01-01T00:00:00Z' })

    const held = await openRollback(forge(), await request())
    expect(held.held).toEqual({
      on: `#${deploy.number}`,
      url: expect.stringContaining(`/pull/${deploy.number}`),
    })
    expect(state.git.branches.has(held.branch)).toBe(false)
    expect(await repo.fileOn(held.branch, 'app.txt')).toBeUndefined()
    expect(state.issues.size).toBe(1)
  })

  it('keeps the issue and says what to change when Actions may not open PRs', async () => {
    gh.fail({
      method: 'POST',
      path: /\/pulls$/,
      status: 403,
      body: { message: 'GitHub Actions is not permitted to create or approve pull requests.' },
    })
    const result = await openRollback(forge(), await request())
    expect(result.pullRequest).toBeUndefined()
    expect(result.problem).toContain('Allow GitHub Actions to create and approve pull requests')
    expect(state.issue(result.issue!.number)!.body).toContain('or pass a GitHub App token')
    // The next run opens the PR on the branch the first one pushed, and links the issue.
    const next = await openRollback(forge(), await request())
    expect(next.pullRequest?.head).toBe(result.branch)
    expect(state.issue(result.issue!.number)!.body).toContain(`#${next.pullRequest!.number}`)
    expect([...state.issues.values()].filter((i) => !i.pull)).toHaveLength(1)
  })
})
