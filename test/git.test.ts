import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import {
  GitError,
  commitTree,
  isAncestor,
  mergeBase,
  redactSecrets,
  refExists,
  revParse,
  runGit,
  tryRevParse,
  updateRef,
} from '../src/git/git.js'
import { mergeTree, revertMergeCommit } from '../src/git/merge.js'
import { createBareRemote, createTempRepo } from './support/git-repos.js'
import type { BareRemote, TempRepo } from './support/git-repos.js'

const author = { name: 'Bot', email: 'bot@example.test', date: '2024-02-01T00:00:00Z' }

let work: TempRepo
let bare: BareRemote

beforeEach(async () => {
  work = await createTempRepo({ files: { 'app.txt': 'one\ntwo\nthree\n' } })
})

afterEach(async () => {
  await work.cleanup()
})

/** main and staging diverge on different files, then both are pushed to a bare remote. */
async function divergedBranches(): Promise<{ main: string; staging: string }> {
  await work.branch('staging')
  const staging = await work.commit('feature', { 'feature.txt': 'new\n' })
  await work.checkout('main')
  const main = await work.commit('hotfix', { 'hotfix.txt': 'fix\n' })
  bare = await createBareRemote(work)
  return { main, staging }
}

describe('runGit', () => {
  it('returns stdout and refuses a failing command with a typed error', async () => {
    const ok = await runGit(['rev-parse', '--is-inside-work-tree'], { cwd: work.dir, env: work.env })
    expect(ok).toEqual({ stdout: 'true\n', stderr: '', code: 0 })

    const failure = runGit(['rev-parse', '--verify', 'no-such-ref'], { cwd: work.dir, env: work.env })
    await expect(failure).rejects.toBeInstanceOf(GitError)
    await expect(failure).rejects.toMatchObject({
      exitCode: 128,
      command: 'git rev-parse --verify no-such-ref',
    })
  })

  it('treats allowed exit codes as answers', async () => {
    const result = await runGit(['diff', '--quiet', 'HEAD'], {
      cwd: work.dir,
      env: work.env,
      allowExitCodes: [1],
    })
    expect(result.code).toBe(0)
    await work.writeFiles({ 'app.txt': 'changed\n' })
    const changed = await runGit(['diff', '--quiet'], { cwd: work.dir, env: work.env, allowExitCodes: [1] })
    expect(changed.code).toBe(1)
  })

  it('passes arguments without a shell, so metacharacters stay literal', async () => {
    const marker = join(work.dir, 'pwned')
    const message = `subject $(touch ${marker}) \`touch ${marker}\`; touch ${marker}`
    const tree = (await runGit(['rev-parse', 'HEAD^{tree}'], { cwd: work.dir, env: work.env })).stdout.trim()
    const sha = await commitTree(work.dir, { tree, parents: [], message, author, env: work.env })
    expect(await work.git('log', '-1', '--format=%B', sha)).toBe(message)
    expect(existsSync(marker)).toBe(false)
  })

  it('never prints credentials from URLs or headers', async () => {
    const url = 'https://x-access-token:ghs_SECRET123@127.0.0.1:9/owner/repo.git'
    const error = await runGit(['ls-remote', url], { cwd: work.dir, env: work.env }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(GitError)
    expect(String((error as GitError).message)).not.toContain('SECRET123')
    expect((error as GitError).command).toContain('https://***@127.0.0.1:9')
    expect(redactSecrets('AUTHORIZATION: basic dXNlcjpTRUNSRVQ=')).toBe('AUTHORIZATION: basic ***')
    expect(redactSecrets('x-access-token:abc')).toBe('x-access-token:***')
  })
})

describe('ref helpers', () => {
  it('resolves refs and tells missing ones apart', async () => {
    const head = await work.sha()
    expect(await revParse(work.dir, 'main', work.env)).toBe(head)
    expect(await tryRevParse(work.dir, 'nope', work.env)).toBeUndefined()
    expect(await refExists(work.dir, 'refs/heads/main', work.env)).toBe(true)
    expect(await refExists(work.dir, 'refs/heads/nope', work.env)).toBe(false)
    await expect(revParse(work.dir, 'nope', work.env)).rejects.toBeInstanceOf(GitError)
  })

  it('refuses a ref that git would read as an option', async () => {
    await expect(revParse(work.dir, '--output=/tmp/x', work.env)).rejects.toMatchObject({ isUserError: true })
    await expect(isAncestor(work.dir, '-h', 'main', work.env)).rejects.toBeInstanceOf(GitError)
  })

  it('answers ancestry and merge bases', async () => {
    const { main, staging } = await divergedBranches()
    const root = await work.sha('main~1')
    expect(await isAncestor(work.dir, root, main, work.env)).toBe(true)
    expect(await isAncestor(work.dir, staging, main, work.env)).toBe(false)
    expect(await mergeBase(work.dir, main, staging, work.env)).toBe(root)
  })

  it('moves a ref only from the expected old value (compare-and-swap)', async () => {
    const { main, staging } = await divergedBranches()
    expect(await updateRef(bare.dir, 'refs/heads/main', staging, staging, { env: work.env })).toBe(false)
    expect(await bare.git('rev-parse', 'refs/heads/main')).toBe(main)

    expect(await updateRef(bare.dir, 'refs/heads/main', staging, main, { env: work.env })).toBe(true)
    expect(await bare.git('rev-parse', 'refs/heads/main')).toBe(staging)

    expect(await updateRef(bare.dir, 'refs/heads/new', main, null, { env: work.env })).toBe(true)
    expect(await updateRef(bare.dir, 'refs/heads/new', staging, null, { env: work.env })).toBe(false)
    expect(await bare.git('rev-parse', 'refs/heads/new')).toBe(main)
  })
})

describe('mergeTree and commitTree in a bare repository', () => {
  it('merges two branches into a tree and commits it with two parents', async () => {
    const { main, staging } = await divergedBranches()
    const merged = await mergeTree(bare.dir, main, staging, work.env)
    if (!merged.clean) throw new Error(`unexpected conflict: ${merged.conflicts.join(', ')}`)
    const sha = await commitTree(bare.dir, {
      tree: merged.tree,
      parents: [main, staging],
      message: 'm',
      author,
      env: work.env,
    })

    expect(await bare.git('rev-list', '--parents', '-n', '1', sha)).toBe(`${sha} ${main} ${staging}`)
    expect((await bare.git('ls-tree', '--name-only', sha)).split('\n')).toEqual([
      'app.txt',
      'feature.txt',
      'hotfix.txt',
    ])
    expect(await bare.git('log', '-1', '--format=%an <%ae> %aI', sha)).toBe(
      'Bot <bot@example.test> 2024-02-01T00:00:00+00:00',
    )
  })

  it('reports every conflicting path and git’s conflict lines', async () => {
    await work.branch('staging')
    await work.commit('staging edit', { 'app.txt': 'one\nTWO from staging\nthree\n', 'b b.txt': 'staging\n' })
    await work.checkout('main')
    await work.commit('main edit', { 'app.txt': 'one\nTWO from main\nthree\n', 'b b.txt': 'main\n' })
    const bareRemote = await createBareRemote(work)

    const result = await mergeTree(bareRemote.dir, 'main', 'staging', work.env)
    expect(result.clean).toBe(false)
    if (result.clean) return
    expect(result.conflicts).toEqual(['app.txt', 'b b.txt'])
    expect(result.messages).toContain('CONFLICT (content): Merge conflict in app.txt')
  })

  it('fails loudly for an unknown revision instead of reporting a conflict', async () => {
    await expect(mergeTree(work.dir, 'main', 'does-not-exist', work.env)).rejects.toBeInstanceOf(GitError)
  })
})

describe('revertMergeCommit', () => {
  async function mergeStaging(): Promise<{ main: string; merge: string }> {
    const { main, staging } = await divergedBranches()
    const merged = await mergeTree(bare.dir, main, staging, work.env)
    if (!merged.clean) throw new Error('unexpected conflict')
    const merge = await commitTree(bare.dir, {
      tree: merged.tree,
      parents: [main, staging],
      message: 'merge',
      author,
      env: work.env,
    })
    return { main, merge }
  }

  it('undoes a merge that is still the tip', async () => {
    const { main, merge } = await mergeStaging()
    const result = await revertMergeCommit(bare.dir, {
      merge,
      message: 'Revert merge',
      author,
      env: work.env,
    })
    if (result.status !== 'reverted') throw new Error('expected a revert')
    expect(await bare.git('rev-parse', `${result.sha}^{tree}`)).toBe(
      await bare.git('rev-parse', `${main}^{tree}`),
    )
    expect(await bare.git('rev-parse', `${result.sha}^`)).toBe(merge)
  })

  it('undoes a merge under later commits and keeps those commits', async () => {
    const { merge } = await mergeStaging()
    // Someone pushes a commit on top of the merge before the revert.
    await work.git('fetch', '--quiet', bare.dir, merge)
    await work.checkout(merge)
    const later = await work.commit('later', { 'later.txt': 'later\n' })
    await work.git('push', '--quiet', 'origin', `${later}:refs/heads/main`, '--force')

    const result = await revertMergeCommit(bare.dir, {
      merge,
      onto: 'main',
      message: 'Revert',
      author,
      env: work.env,
    })
    if (result.status !== 'reverted') throw new Error('expected a revert')
    expect((await bare.git('ls-tree', '--name-only', result.sha)).split('\n')).toEqual([
      'app.txt',
      'hotfix.txt',
      'later.txt',
    ])
    expect(await bare.git('rev-parse', `${result.sha}^`)).toBe(later)
  })
})
