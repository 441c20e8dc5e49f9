/**
 * The rollback on the local forge: real git (a bare remote holding a deployed merge) and the
 * forge's JSON state. One PR and one issue, exactly once, however many runs and in whatever order.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { LocalForge } from '../../src/ports/local-forge.js'
import { LocalRevertWriter, openRollback, type RollbackRequest } from '../../src/rollback/index.js'
import { createDeployedRepo, type DeployedRepo } from './support/deployed-repo.js'

let repo: DeployedRepo
let stateDir: string

const forgeFor = () =>
  LocalForge.open({
    gitDir: repo.remote.dir,
    stateDir,
    repo: { owner: 'acme', repo: 'app' },
    env: repo.work.env,
  })

const request = (extra: Partial<RollbackRequest> = {}): RollbackRequest => ({
  sha: repo.merge,
  environment: 'production',
  reason: 'error-rate: 9.1% of 2400 over 2 buckets, above 5%',
  evidenceMarkdown: '| signal | verdict |\n| --- | --- |\n| error-rate | FAIL |',
  deploymentId: 7,
  base: 'main',
  ...extra,
})

async function counts(forge: LocalForge) {
  const pulls = await forge.findPullRequests({ state: 'all' })
  const issues = await forge.findIssues({ state: 'all' })
  return { pulls: pulls.length, issues: issues.length }
}

beforeEach(async () => {
  repo = await createDeployedRepo()
  stateDir = await mkdtemp(join(tmpdir(), 'launchgate-rollback-state-'))
})

afterEach(async () => {
  await repo.cleanup()
  await rm(stateDir, { recursive: true, force: true })
})

describe('openRollback on the local forge', () => {
  it('opens a revert PR labelled rollback and a linked issue, with the evidence', async () => {
    const forge = await forgeFor()
    const result = await openRollback(forge, request())

    expect(result).toMatchObject({
      created: true,
      dryRun: false,
      branch: `rollback/${repo.merge}`,
      base: 'main',
    })
    // The revert undoes the merge on top of later work: feature gone, app back to v1, later kept.
    expect(await repo.fileOn(result.branch, 'feature.txt')).toBeUndefined()
    expect(await repo.fileOn(result.branch, 'app.txt')).toBe('version 1')
    expect(await repo.fileOn(result.branch, 'later.txt')).toBe('later work')
    expect(await repo.remote.git('rev-parse', `${result.branch}^`)).toBe(repo.main)
    expect(await repo.remote.git('log', '-1', '--format=%B', result.branch)).toContain(
      `Rollback-Of: ${repo.merge}`,
    )

    const pr = result.pullRequest!
    expect(pr).toMatchObject({ state: 'open', head: result.branch, base: 'main', labels: ['rollback'] })
    expect(pr.body).toContain('| error-rate | FAIL |')
    expect(pr.body).toContain(`- Rollback issue: #${result.issue!.number}`)
    const issue = (await forge.findIssues({ labels: ['rollback'] }))[0]!
    expect(issue.number).toBe(result.issue!.number)
    expect(issue.body).toContain(`- Rollback pull request: #${pr.number}`)
    expect(issue.body).toContain('- Deployment: 7')
    expect(await counts(forge)).toEqual({ pulls: 1, issues: 1 })
  })

  it('adds nothing on a re-run: it finds the PR and the issue and updates the evidence', async () => {
    const forge = await forgeFor()
    const first = await openRollback(forge, request())
    const again = await openRollback(forge, request())
    expect(again.created).toBe(false)
    expect(again.pullRequest?.number).toBe(first.pullRequest?.number)
    expect(again.issue?.number).toBe(first.issue?.number)
    expect(again.steps.map((s) => `${s.action}:${s.outcome}`)).toEqual([
      'update-issue:unchanged',
      'update-pull-request:unchanged',
    ])
    const newer = await openRollback(forge, request({ evidenceMarkdown: 'now 12% errors' }))
    expect(newer.steps.map((s) => s.outcome)).toEqual(['done', 'done'])
    expect((await forge.getPullRequest(first.pullRequest!.number)).body).toContain('now 12% errors')
    expect(await counts(forge)).toEqual({ pulls: 1, issues: 1 })
  })

  it('creates nothing twice when several runs overlap', async () => {
    const forges = await Promise.all([forgeFor(), forgeFor(), forgeFor(), forgeFor()])
    const results = await Promise.all(forges.map((forge) => openRollback(forge, request())))
    expect(results.filter((r) => r.created)).toHaveLength(1)
    expect(await counts(forges[0]!)).toEqual({ pulls: 1, issues: 1 })
    const losers = results.filter((r) => !r.created)
    // A loser either found the winner's PR or said it is waiting; it never made its own.
    for (const loser of losers)
      expect(loser.steps.every((s) => !s.action.startsWith('create-') || s.outcome !== 'done')).toBe(true)
    // The next run converges on the one PR and issue.
    const next = await openRollback(forges[0]!, request())
    expect(next.pullRequest?.number).toBe(results.find((r) => r.created)!.pullRequest!.number)
    expect(await counts(forges[0]!)).toEqual({ pulls: 1, issues: 1 })
  })

  it('does nothing under rollback:hold on an issue naming the deploy or on the rollback PR', async () => {
    const forge = await forgeFor()
    const hold = await forge.createIssue({
      title: `Deploy ${repo.merge.slice(0, 7)} to production`,
      body: 'investigating by hand',
      labels: ['rollback:hold'],
    })
    const held = await openRollback(forge, request())
    expect(held).toMatchObject({ created: false, held: { on: `#${hold.number}` } })
    expect(await forge.getBranchSha(held.branch)).toBeUndefined()
    expect(await counts(forge)).toEqual({ pulls: 0, issues: 1 })

    await forge.updateIssue(hold.number, { labels: [] })
    const released = await openRollback(forge, request())
    expect(released.created).toBe(true)
    // A hold put on the rollback PR itself stops later runs from touching it.
    await forge.updateIssue(released.pullRequest!.number, { labels: ['rollback', 'rollback:hold'] })
    const later = await openRollback(forge, request({ evidenceMarkdown: 'changed' }))
    expect(later.held?.on).toBe(`#${released.pullRequest!.number}`)
    expect((await forge.getPullRequest(released.pullRequest!.number)).body).not.toContain('changed')
  })

  it('reports what it would do under dry-run and writes nothing', async () => {
    const forge = await forgeFor()
    const result = await openRollback(forge, request({ dryRun: true }))
    expect(result).toMatchObject({ created: false, dryRun: true })
    expect(result.steps.map((s) => `${s.action}:${s.outcome}`)).toEqual([
      'create-branch:would',
      'create-pull-request:would',
      'create-issue:would',
    ])
    expect(result.steps[0]!.detail).toContain(repo.main.slice(0, 12))
    expect(await forge.getBranchSha(result.branch)).toBeUndefined()
    expect(await counts(forge)).toEqual({ pulls: 0, issues: 0 })
  })

  it('opens only the issue, explaining, when later commits conflict with the revert', async () => {
    await repo.cleanup()
    repo = await createDeployedRepo({ conflicting: true })
    const forge = await forgeFor()
    const result = await openRollback(forge, request())
    expect(result.created).toBe(true)
    expect(result.pullRequest).toBeUndefined()
    expect(result.problem).toContain('conflicts with later commits on main in app.txt')
    expect(result.issue?.body).toContain('none yet: the automatic revert conflicts')
    const again = await openRollback(forge, request())
    expect(again.created).toBe(false)
    expect(await counts(forge)).toEqual({ pulls: 0, issues: 1 })
  })

  /** Creates the branch as a run that stopped right after it would: the revert, signed `holder`. */
  async function branchLeftBy(holder: string) {
    const forge = await forgeFor()
    const { branch } = await openRollback(forge, request({ dryRun: true }))
    const writer = new LocalRevertWriter(repo.remote.dir, { env: repo.work.env })
    const message = `x\n\nRollback-Of: ${repo.merge}\nRollback-Run: ${holder}\n`
    const made = await writer.create({ merge: repo.merge, base: 'main', branch, message })
    expect(made.status).toBe('created')
    return { forge, branch }
  }

  it('finishes at once the rollback of a run killed after creating the branch', async () => {
    // A process that has exited: its pid no longer runs on this host.
    const dead = spawnSync(process.execPath, ['-e', '']).pid
    const { forge, branch } = await branchLeftBy(`${hostname()}:${dead}`)
    const next = await openRollback(forge, request())
    expect(next.created).toBe(true)
    expect(next.pullRequest?.head).toBe(branch)
    expect(next.pullRequest?.labels).toContain('rollback')
    expect(next.issue?.body).toContain(`#${next.pullRequest?.number}`)
    expect(await counts(forge)).toEqual({ pulls: 1, issues: 1 })
    const again = await openRollback(forge, request())
    expect(again.created).toBe(false)
    expect(await counts(forge)).toEqual({ pulls: 1, issues: 1 })
  })

  it('leaves the branch of a live run to it', async () => {
    const live = await branchLeftBy(`${hostname()}:${process.pid}`)
    const waiting = await openRollback(live.forge, request())
    expect(waiting.steps).toEqual([expect.objectContaining({ action: 'wait', outcome: 'skipped' })])
    expect(await counts(live.forge)).toEqual({ pulls: 0, issues: 0 })
  })

  it('takes over the branch of a run on another host once the grace is over', async () => {
    const remote = await branchLeftBy('runner-elsewhere:1234')
    expect((await openRollback(remote.forge, request())).steps[0]?.action).toBe('wait')
    const later = await openRollback(remote.forge, request({ graceMs: 0 }))
    expect(later.created).toBe(true)
    expect(await counts(remote.forge)).toEqual({ pulls: 1, issues: 1 })
  })

  it('leaves a merged or declined rollback alone', async () => {
    const forge = await forgeFor()
    const first = await openRollback(forge, request())
    await forge.mergeBranches({ base: 'main', head: first.branch, message: 'roll back' })
    const after = await openRollback(forge, request())
    expect(after.steps[0]).toMatchObject({ outcome: 'skipped', detail: expect.stringContaining('merged') })
    expect(await counts(forge)).toEqual({ pulls: 1, issues: 1 })
  })
})
