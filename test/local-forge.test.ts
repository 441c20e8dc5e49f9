import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { execFile } from 'node:child_process'
import { mkdir, readFile, utimes, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { ConfigurationError, UserError } from '../src/errors.js'
import { LocalForge, LocalForgeError } from '../src/ports/local-forge.js'
import { LockTimeoutError } from '../src/ports/local-forge-lock.js'
import { createBareRemote, createTempRepo } from './support/git-repos.js'
import type { BareRemote, TempRepo } from './support/git-repos.js'

const repo = { owner: 'acme', repo: 'shop' }
const clock = () => new Date('2024-03-01T12:00:00Z')

let work: TempRepo
let bare: BareRemote
let stateDir: string

async function openForge(): Promise<LocalForge> {
  return LocalForge.open({ gitDir: bare.dir, stateDir, repo, env: work.env, now: clock })
}

beforeEach(async () => {
  work = await createTempRepo({
    files: { 'app.txt': 'one\ntwo\nthree\n', 'old-name.txt': 'moved\n', 'gone.txt': 'bye\n' },
  })
  await work.branch('staging')
  await work.commit('feature', { 'feature.txt': 'new\n', 'app.txt': 'one\ntwo!\nthree\n' })
  await work.git('mv', 'old-name.txt', 'new-name.txt')
  await work.git('rm', '--quiet', 'gone.txt')
  await work.commit('rename and remove')
  await work.checkout('main')
  await work.commit('hotfix', { 'hotfix.txt': 'fix\n' })
  bare = await createBareRemote(work)
  stateDir = join(dirname(work.dir), 'state')
})

afterEach(async () => {
  await work.cleanup()
})

describe('LocalForge merges (real git)', () => {
  it('merges staging into main with a two-parent commit and moves main', async () => {
    const forge = await openForge()
    const [main, staging] = [await work.sha('main'), await work.sha('staging')]
    const pr = await forge.createPullRequest({ title: 'Release', body: '', head: 'staging', base: 'main' })

    const result = await forge.mergeBranches({ base: 'main', head: 'staging', message: 'Merge staging' })

    if (result.status !== 'merged') throw new Error(`expected a merge, got ${result.status}`)
    expect(await bare.git('rev-parse', 'refs/heads/main')).toBe(result.sha)
    expect(await bare.git('rev-list', '--parents', '-n', '1', result.sha)).toBe(
      `${result.sha} ${main} ${staging}`,
    )
    expect(await bare.git('log', '-1', '--format=%an|%s', result.sha)).toBe('launchgate|Merge staging')
    expect(await bare.git('ls-tree', '--name-only', result.sha)).toBe(
      'app.txt\nfeature.txt\nhotfix.txt\nnew-name.txt',
    )
    expect(await forge.getPullRequest(pr.number)).toMatchObject({
      merged: true,
      state: 'closed',
      mergeCommitSha: result.sha,
    })
  })

  it('says up-to-date when head is already in base, and leaves base alone', async () => {
    const forge = await openForge()
    await forge.mergeBranches({ base: 'main', head: 'staging', message: 'first' })
    const main = await bare.git('rev-parse', 'refs/heads/main')
    expect(await forge.mergeBranches({ base: 'main', head: 'staging', message: 'again' })).toEqual({
      status: 'up-to-date',
    })
    expect(await bare.git('rev-parse', 'refs/heads/main')).toBe(main)
  })

  it('reports a real conflict with the path and does not move main', async () => {
    await work.commit('main edit', { 'app.txt': 'one\ntwo?\nthree\n' })
    await work.push('main')
    const main = await bare.git('rev-parse', 'refs/heads/main')
    const forge = await openForge()

    const result = await forge.mergeBranches({ base: 'main', head: 'staging', message: 'Merge' })

    expect(result.status).toBe('conflict')
    if (result.status !== 'conflict') return
    expect(result.message).toContain('app.txt')
    expect(result.message).toContain('git merge main')
    expect(await bare.git('rev-parse', 'refs/heads/main')).toBe(main)
  })

  it('keeps both merges when two forges merge into main at the same time', async () => {
    await work.branch('feature-b', 'main')
    await work.commit('b', { 'b.txt': 'b\n' })
    await work.push('feature-b')
    const [a, b] = [await openForge(), await openForge()]
    const results = await Promise.all([
      a.mergeBranches({ base: 'main', head: 'staging', message: 'a' }),
      b.mergeBranches({ base: 'main', head: 'feature-b', message: 'b' }),
    ])
    expect(results.map((r) => r.status)).toEqual(['merged', 'merged'])
    const files = await bare.git('ls-tree', '--name-only', 'refs/heads/main')
    expect(files.split('\n')).toEqual(expect.arrayContaining(['feature.txt', 'b.txt', 'hotfix.txt']))
  })

  it('reads and creates branches as real refs', async () => {
    const forge = await openForge()
    const main = await work.sha('main')
    expect(await forge.getBranchSha('main')).toBe(main)
    expect(await forge.getBranchSha('nope')).toBeUndefined()
    await forge.createBranch('release/1', main)
    expect(await bare.git('rev-parse', 'refs/heads/release/1')).toBe(main)
    await expect(forge.createBranch('release/1', main)).rejects.toMatchObject({ status: 422 })
    await expect(forge.createBranch('bad..name', main)).rejects.toBeInstanceOf(LocalForgeError)
  })
})

describe('LocalForge records', () => {
  it('shares one number sequence between issues and pull requests; findIssues skips PRs', async () => {
    const forge = await openForge()
    const first = await forge.createIssue({ title: 'Bug', body: 'b', labels: ['bug'] })
    const pr = await forge.createPullRequest({ title: 'PR', body: '', head: 'staging', base: 'main' })
    const second = await forge.createIssue({ title: 'Other', body: '' })
    expect([first.number, pr.number, second.number]).toEqual([1, 2, 3])
    expect((await forge.findIssues({})).map((i) => i.number)).toEqual([3, 1])
    expect((await forge.findIssues({ labels: ['bug'] })).map((i) => i.title)).toEqual(['Bug'])
    await forge.updateIssue(1, { state: 'closed' })
    expect((await forge.findIssues({ state: 'closed' })).map((i) => i.number)).toEqual([1])
    expect(pr).toMatchObject({ headSha: await work.sha('staging'), url: 'local://acme/shop/pull/2' })
    expect((await forge.findPullRequests({ head: 'acme:staging' })).map((p) => p.number)).toEqual([2])
  })

  it('refuses pull requests on missing branches, duplicates and unknown numbers', async () => {
    const forge = await openForge()
    const create = (head: string) => forge.createPullRequest({ title: 't', body: '', head, base: 'main' })
    await expect(create('ghost')).rejects.toBeInstanceOf(UserError)
    await create('staging')
    await expect(create('staging')).rejects.toMatchObject({ status: 422 })
    await expect(forge.getPullRequest(99)).rejects.toMatchObject({ status: 404, isUserError: true })
  })

  it('creates, updates and deletes comments', async () => {
    const forge = await openForge()
    const issue = await forge.createIssue({ title: 'T', body: '' })
    const c1 = await forge.createComment(issue.number, 'first')
    const c2 = await forge.createComment(issue.number, 'second')
    expect(await forge.updateComment(c1.id, 'edited')).toMatchObject({
      id: c1.id,
      body: 'edited',
      author: 'launchgate',
    })
    await forge.deleteComment(c2.id)
    expect((await forge.listComments(issue.number)).map((c) => c.body)).toEqual(['edited'])
    await expect(forge.deleteComment(c2.id)).rejects.toMatchObject({ status: 404 })
    await expect(forge.createComment(42, 'x')).rejects.toBeInstanceOf(LocalForgeError)
  })

  it('lists a pull request’s changed files with patches from git', async () => {
    const forge = await openForge()
    const pr = await forge.createPullRequest({ title: 'PR', body: '', head: 'staging', base: 'main' })
    const files = await forge.listChangedFiles(pr.number)
    const byPath = Object.fromEntries(files.map((f) => [f.path, f]))
    expect(files.map((f) => `${f.status} ${f.path}`).sort()).toEqual([
      'added feature.txt',
      'modified app.txt',
      'removed gone.txt',
      'renamed new-name.txt',
    ])
    expect(byPath['new-name.txt']?.previousPath).toBe('old-name.txt')
    expect(byPath['app.txt']?.patch).toBe('@@ -1,3 +1,3 @@\n one\n-two\n+two!\n three')
    expect(byPath['feature.txt']?.patch).toBe('@@ -0,0 +1 @@\n+new')
    expect(files.map((f) => f.path)).not.toContain('hotfix.txt')

    await forge.createReviewComments(pr.number, pr.headSha, [{ path: 'app.txt', line: 2, body: 'typo?' }])
    expect(await forge.listReviewComments(pr.number)).toEqual([
      { path: 'app.txt', line: 2, body: 'typo?', commitSha: pr.headSha },
    ])
  })

  it('records deployments and their statuses, newest first', async () => {
    const forge = await openForge()
    const d1 = await forge.createDeployment({ ref: 'main', environment: 'production', payload: { v: 1 } })
    const d2 = await forge.createDeployment({ ref: 'staging', environment: 'preview' })
    expect(d1).toMatchObject({ sha: await work.sha('main'), environment: 'production', payload: { v: 1 } })
    await forge.createDeploymentStatus(d1.id, { state: 'in_progress' })
    await forge.createDeploymentStatus(d1.id, { state: 'success', environmentUrl: 'https://shop.example' })
    expect((await forge.listDeploymentStatuses(d1.id)).map((s) => s.state)).toEqual([
      'success',
      'in_progress',
    ])
    expect((await forge.listDeployments({})).map((d) => d.id)).toEqual([d2.id, d1.id])
    expect((await forge.listDeployments({ environment: 'production' })).map((d) => d.id)).toEqual([d1.id])
    await expect(forge.createDeploymentStatus(999, { state: 'failure' })).rejects.toMatchObject({
      status: 404,
    })
    await expect(forge.createDeployment({ ref: 'ghost', environment: 'x' })).rejects.toBeInstanceOf(UserError)
  })

  it('returns checks recorded for a commit, the latest run per name', async () => {
    const forge = await openForge()
    await forge.recordCheck('main', { name: 'ci', state: 'pending', source: 'check-run' })
    await forge.recordCheck(await work.sha('main'), { name: 'ci', state: 'success', source: 'check-run' })
    expect(await forge.listCommitChecks('main')).toEqual([
      { name: 'ci', state: 'success', source: 'check-run' },
    ])
    expect(await forge.listCommitChecks('staging')).toEqual([])
  })

  it('keeps its state across reopening, in readable JSON', async () => {
    const first = await openForge()
    const issue = await first.createIssue({ title: 'Persisted', body: 'yes', labels: ['release'] })
    await first.createComment(issue.number, 'hello')
    const deployment = await first.createDeployment({ ref: 'main', environment: 'production' })

    const again = await openForge()
    expect(await again.findIssues({ labels: ['release'] })).toEqual([issue])
    expect((await again.listComments(issue.number)).map((c) => c.body)).toEqual(['hello'])
    expect(await again.listDeployments({})).toEqual([deployment])
    expect((await again.createIssue({ title: 'Next', body: '' })).number).toBe(issue.number + 1)
    const text = await readFile(again.stateFile, 'utf8')
    expect(text).toContain('\n  "issues": [\n')
  })

  it('rejects a folder that is not a git repository and a corrupt state file', async () => {
    const plain = join(dirname(work.dir), 'plain')
    await mkdir(plain)
    await expect(LocalForge.open({ gitDir: plain, stateDir, repo, env: work.env })).rejects.toBeInstanceOf(
      ConfigurationError,
    )
    const forge = await openForge()
    await writeFile(forge.stateFile, '{ not json')
    await expect(forge.findIssues({})).rejects.toThrow(/forge\.json/)
  })
})

describe('LocalForge under concurrency', () => {
  it('loses and duplicates nothing when two instances create issues at once', async () => {
    const [a, b] = [await openForge(), await openForge()]
    const create = (forge: LocalForge, i: number) => forge.createIssue({ title: `issue ${i}`, body: '' })
    const made = await Promise.all(Array.from({ length: 40 }, (_, i) => create(i % 2 ? a : b, i)))
    const numbers = made.map((i) => i.number).sort((x, y) => x - y)
    expect(numbers).toEqual(Array.from({ length: 40 }, (_, i) => i + 1))
    expect(await a.findIssues({})).toHaveLength(40)
  })

  it('loses and duplicates nothing across two processes', async () => {
    const script = join(dirname(work.dir), 'create-issues.mts')
    const forgeModule = fileURLToPath(new URL('../src/ports/local-forge.ts', import.meta.url))
    await writeFile(script, CHILD_SCRIPT)
    const run = () =>
      promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', script, forgeModule, bare.dir, stateDir, '15'],
        {
          env: { ...process.env, ...work.env, NODE_OPTIONS: '' },
        },
      )
    // allSettled: a failing child must not leave the other writing into a folder being removed.
    const settled = await Promise.allSettled([run(), run()])
    const outputs = settled.map((s) => {
      if (s.status === 'rejected') throw s.reason
      return s.value.stdout
    })
    const numbers = outputs.flatMap((o) => JSON.parse(o) as number[]).sort((x, y) => x - y)
    expect(numbers).toEqual(Array.from({ length: 30 }, (_, i) => i + 1))
    expect(await (await openForge()).findIssues({})).toHaveLength(30)
  })

  it('takes over a stale lock and times out on a live one', async () => {
    const forge = await openForge()
    const lock = `${forge.stateFile}.lock`
    await writeFile(lock, JSON.stringify({ pid: process.pid, host: 'elsewhere', token: 'old' }))
    await utimes(lock, new Date('2020-01-01'), new Date('2020-01-01'))
    expect((await forge.createIssue({ title: 'after stale lock', body: '' })).number).toBe(1)

    await writeFile(lock, JSON.stringify({ pid: process.pid, host: 'elsewhere', token: 'live' }))
    const impatient = await LocalForge.open({
      gitDir: bare.dir,
      stateDir,
      repo,
      env: work.env,
      lock: { timeoutMs: 200 },
    })
    await expect(impatient.createIssue({ title: 'blocked', body: '' })).rejects.toBeInstanceOf(
      LockTimeoutError,
    )
  })
})

const CHILD_SCRIPT = `
const [modulePath, gitDir, stateDir, count] = process.argv.slice(2)
const { LocalForge } = await import(modulePath)
const forge = await LocalForge.open({ gitDir, stateDir, repo: { owner: 'acme', repo: 'shop' } })
const made = await Promise.all(
  Array.from({ length: Number(count) }, (_, i) => forge.createIssue({ title: 'child ' + i, body: '' })),
)
console.log(JSON.stringify(made.map((issue) => issue.number)))
`
