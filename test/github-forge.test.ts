import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { ApiError } from '../src/errors.js'
import type { GitHubForge } from '../src/github/forge.js'
import { stickyMarker, upsertStickyComment } from '../src/github/sticky-comment.js'
import { forgeOn } from './support/github-forge.js'
import { startGitHubServer, type GitHubServer, type RepoState } from './support/github-server/index.js'

let gh: GitHubServer
let repo: RepoState
let forge: GitHubForge

beforeEach(async () => {
  gh = await startGitHubServer()
  repo = gh.state.addRepo('acme', 'app', { defaultBranch: 'main' })
  forge = forgeOn(gh)
})

// Every test ends by asserting the traffic matched GitHub's description; the server closes
// even when that (or the test) fails.
afterEach(async () => {
  try {
    gh.assertNoViolations()
  } finally {
    await gh.close()
  }
})

describe('GitHubForge over the GitHub test server', () => {
  it('lists comments across pages and edits and deletes them', async () => {
    repo.addIssue({ title: 'release 1.2' })
    for (let i = 1; i <= 130; i++) repo.addComment(1, `comment ${i}`, 'someone')
    const comments = await forge.listComments(1)
    expect(comments).toHaveLength(130)
    expect(comments[129]).toMatchObject({ body: 'comment 130', author: 'someone' })
    expect(gh.requests.filter((r) => r.path.endsWith('/comments')).map((r) => r.query)).toEqual([
      '?per_page=100',
      `?per_page=100&page=2`,
    ])
    const created = await forge.createComment(1, 'hello')
    expect(created).toMatchObject({ body: 'hello', author: 'launchgate-bot' })
    expect((await forge.updateComment(created.id, 'edited')).body).toBe('edited')
    await forge.deleteComment(created.id)
    expect(repo.comments.has(created.id)).toBe(false)
  })

  it('finds issues by label and state without pull requests, creates and updates them', async () => {
    repo.addIssue({ title: 'incident', labels: ['incident'] })
    repo.addIssue({ title: 'closed incident', labels: ['incident'], state: 'closed' })
    repo.git.commit('feature')
    repo.addPullRequest({
      title: 'a PR labelled incident',
      head: 'feature',
      base: 'main',
      labels: ['incident'],
    })
    expect((await forge.findIssues({ labels: ['incident'] })).map((i) => i.title)).toEqual(['incident'])
    const all = await forge.findIssues({ labels: ['incident'], state: 'all' })
    expect(all.map((i) => i.number).sort()).toEqual([1, 2])
    const issue = await forge.createIssue({ title: 'Deploy blocked', body: 'why', labels: ['release'] })
    expect(issue).toMatchObject({ title: 'Deploy blocked', body: 'why', state: 'open', labels: ['release'] })
    const closed = await forge.updateIssue(issue.number, { state: 'closed', labels: ['done'] })
    expect(closed).toMatchObject({ state: 'closed', labels: ['done'] })
  })

  it('ensures a label exists and tolerates 422 already_exists', async () => {
    await forge.ensureLabel('launchgate', '#0e8a16', 'managed by launchgate')
    await forge.ensureLabel('launchgate')
    expect(repo.label('launchgate')).toMatchObject({ color: '0e8a16', description: 'managed by launchgate' })
    expect(gh.requests.filter((r) => r.path.endsWith('/labels')).map((r) => r.status)).toEqual([201, 422])
    await expect(forge.ensureLabel('bad', 'not-a-color')).rejects.toMatchObject({ status: 422 })
  })

  it('creates, finds, reads and updates pull requests, lists files and posts review comments', async () => {
    repo.git.commit('feature', 'feature work')
    const pr = await forge.createPullRequest({
      title: 'Feature',
      body: 'b',
      head: 'feature',
      base: 'main',
      labels: ['x'],
    })
    expect(pr).toMatchObject({
      title: 'Feature',
      head: 'feature',
      base: 'main',
      merged: false,
      labels: ['x'],
    })
    expect(pr.headSha).toBe(repo.git.branches.get('feature'))
    expect((await forge.findPullRequests({ head: 'feature' })).map((p) => p.number)).toEqual([pr.number])
    expect(await forge.findPullRequests({ base: 'other' })).toEqual([])
    expect((await forge.updatePullRequest(pr.number, { title: 'Feature v2' })).title).toBe('Feature v2')
    repo
      .pull(pr.number)
      ?.pull.files.push(
        { filename: 'src/a.ts', status: 'modified', patch: '@@ -1 +1 @@\n-a\n+b' },
        { filename: 'src/new.ts', status: 'renamed', previousFilename: 'src/old.ts' },
      )
    expect(await forge.listChangedFiles(pr.number)).toEqual([
      { path: 'src/a.ts', status: 'modified', previousPath: undefined, patch: '@@ -1 +1 @@\n-a\n+b' },
      { path: 'src/new.ts', status: 'renamed', previousPath: 'src/old.ts', patch: undefined },
    ])
    await forge.createReviewComments(pr.number, pr.headSha, [{ path: 'src/a.ts', line: 1, body: 'nit' }])
    expect(repo.reviewComments).toMatchObject([{ path: 'src/a.ts', line: 1, body: 'nit', side: 'RIGHT' }])
    expect((await forge.getPullRequest(pr.number)).title).toBe('Feature v2')
  })

  it('reads and creates branches; a missing branch has no sha', async () => {
    const main = repo.git.branches.get('main')
    expect(await forge.getBranchSha('main')).toBe(main)
    expect(await forge.getBranchSha('nope')).toBeUndefined()
    await forge.createBranch('release/1.0', main ?? '')
    expect(await forge.getBranchSha('release/1.0')).toBe(main)
  })

  it('maps merges: 201 merged, 204 up-to-date, 409 conflict (not thrown)', async () => {
    repo.git.commit('feature')
    repo.git.commit('hotfix')
    repo.git.setConflict('main', 'hotfix')
    const merged = await forge.mergeBranches({ base: 'main', head: 'feature', message: 'merge feature' })
    expect(merged).toEqual({ status: 'merged', sha: repo.git.branches.get('main') })
    expect(await forge.mergeBranches({ base: 'main', head: 'feature', message: 'again' })).toEqual({
      status: 'up-to-date',
    })
    const conflict = await forge.mergeBranches({ base: 'main', head: 'hotfix', message: 'merge hotfix' })
    expect(conflict).toEqual({
      status: 'conflict',
      message: 'hotfix does not merge cleanly into main: Merge conflict',
    })
    // A conflict is an answer, not an outage: asked once, never retried.
    expect(gh.requests.filter((r) => r.path.endsWith('/merges') && r.status === 409)).toHaveLength(1)
  })

  it('merges check runs and commit statuses of a ref', async () => {
    const sha = repo.git.commit('feature')
    repo.addCheckRun(sha, { name: 'build', conclusion: 'failure' })
    repo.addCheckRun(sha, { name: 'build', conclusion: 'success' })
    repo.addCheckRun(sha, { name: 'e2e', status: 'in_progress' })
    repo.addCheckRun(sha, { name: 'docs', conclusion: 'timed_out' })
    repo.addCommitStatus(sha, { context: 'ci/lint', state: 'pending' })
    repo.addCommitStatus(sha, { context: 'ci/lint', state: 'error', targetUrl: 'https://ci.test/1' })
    const checks = await forge.listCommitChecks('feature')
    expect(checks.map((c) => [c.name, c.state, c.source])).toEqual([
      ['docs', 'failure', 'check-run'],
      ['e2e', 'pending', 'check-run'],
      ['build', 'success', 'check-run'],
      ['ci/lint', 'failure', 'status'],
    ])
    expect(checks[3]?.url).toBe('https://ci.test/1')
  })

  it('creates deployments and statuses and lists them by environment and sha', async () => {
    const sha = repo.git.commit('feature')
    // Would block a deployment with GitHub's defaults (required contexts, auto-merge).
    repo.addCommitStatus(sha, { context: 'ci', state: 'failure' })
    const deployment = await forge.createDeployment({
      ref: 'feature',
      environment: 'staging',
      payload: { pr: 7 },
    })
    expect(deployment).toMatchObject({ ref: 'feature', sha, environment: 'staging', payload: { pr: 7 } })
    const status = await forge.createDeploymentStatus(deployment.id, {
      ...{ state: 'success', environmentUrl: 'https://staging.test', logUrl: 'https://ci.test/run/1' },
    })
    expect(status).toMatchObject({
      state: 'success',
      environmentUrl: 'https://staging.test',
      logUrl: 'https://ci.test/run/1',
    })
    repo.addDeployment({ ref: 'main', environment: 'production' })
    expect((await forge.listDeployments({ environment: 'staging' })).map((d) => d.id)).toEqual([
      deployment.id,
    ])
    expect((await forge.listDeployments({ sha })).map((d) => d.id)).toEqual([deployment.id])
    expect((await forge.listDeploymentStatuses(deployment.id)).map((s) => s.state)).toEqual(['success'])
  })
})

describe('GitHubForge failures and retries', () => {
  it('retries a 502 twice, then succeeds', async () => {
    gh.fail({ method: 'POST', path: /\/merges$/, status: 502, times: 2 })
    repo.git.commit('feature')
    expect(await forge.mergeBranches({ base: 'main', head: 'feature', message: 'm' })).toMatchObject({
      status: 'merged',
    })
    expect(gh.requests.filter((r) => r.path.endsWith('/merges')).map((r) => r.status)).toEqual([
      502, 502, 201,
    ])
  })

  it('ends a 502 that never stops in an ApiError naming the request and the status', async () => {
    gh.fail({ method: 'GET', path: '/issues', status: 502, times: Infinity })
    const failure = forge.findIssues({})
    await expect(failure).rejects.toBeInstanceOf(ApiError)
    await expect(failure).rejects.toMatchObject({
      status: 502,
      message: expect.stringMatching(
        /^GitHub GET \/repos\/acme\/app\/issues failed \(HTTP 502\): Bad Gateway/,
      ),
    })
    // The first attempt plus the client's 3 retries.
    expect(gh.requests).toHaveLength(4)
  })

  it('retries a secondary rate limit (403 + retry-after)', async () => {
    // retry-after 0 is read as "absent": the 60 s fallback applies, scaled by retryAfterBaseMs.
    gh.failWithSecondaryRateLimit({ method: 'GET', path: '/pulls', retryAfterSeconds: 0 })
    repo.git.commit('feature')
    repo.addPullRequest({ title: 'p', head: 'feature', base: 'main' })
    expect(await forge.findPullRequests({})).toHaveLength(1)
    expect(gh.requests.map((r) => r.status)).toEqual([403, 200])
  })
})

describe('upsertStickyComment', () => {
  it('creates the comment once, then updates it in place, never duplicating it across runs', async () => {
    repo.addIssue({ title: 'release' })
    repo.addComment(1, 'a human comment', 'someone')
    const first = await upsertStickyComment(forge, 1, 'release-summary', 'run 1')
    const second = await upsertStickyComment(forge, 1, 'release-summary', 'run 2')
    const third = await upsertStickyComment(forge, 1, 'release-summary', 'run 2')
    expect([first.action, second.action, third.action]).toEqual(['created', 'updated', 'unchanged'])
    expect(new Set([first.commentId, second.commentId, third.commentId]).size).toBe(1)
    const sticky = repo.commentsOf(1).filter((c) => c.body.includes(stickyMarker('release-summary')))
    expect(sticky.map((c) => c.body)).toEqual([`${stickyMarker('release-summary')}\nrun 2`])
    expect(repo.commentsOf(1)).toHaveLength(2)
    // Another key is another comment.
    expect((await upsertStickyComment(forge, 1, 'release-summary-2', 'x')).action).toBe('created')
  })

  it('keeps the oldest of duplicates left by a race, updates it and deletes the rest', async () => {
    repo.addIssue({ title: 'release' })
    const marker = stickyMarker('deploy')
    const oldest = repo.addComment(1, `${marker}\nold`)
    repo.addComment(1, 'unrelated')
    const dupA = repo.addComment(1, `${marker}\nolder race`)
    const dupB = repo.addComment(1, `${marker}\nnewest race`)
    const result = await upsertStickyComment(forge, 1, 'deploy', 'fresh')
    expect(result).toEqual({ action: 'updated', commentId: oldest.id })
    expect(repo.comments.has(dupA.id) || repo.comments.has(dupB.id)).toBe(false)
    expect(repo.commentsOf(1).map((c) => c.body)).toEqual([`${marker}\nfresh`, 'unrelated'])
  })

  it('refuses a key that would break its hidden marker', () => {
    expect(() => stickyMarker('a --> b')).toThrow(/sticky comment key/)
  })
})
