/** `--since <ref>` over real git repositories, including a shallow clone of a pull request branch. */
import { execFile } from 'node:child_process'
import { cp, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Violation } from '../../src/consolidation/types.js'
import { createBareRemote, createTempRepo, type TempRepo } from '../support/git-repos.js'
import { cleanupTemps, EXAMPLE, runWithConfigFile, violationsOf } from './helpers.js'

const exec = promisify(execFile)

interface SinceData {
  ref: string
  added: Violation[]
  removed: Violation[]
}

describe('--since', () => {
  let repo: TempRepo
  beforeAll(async () => {
    repo = await createTempRepo()
    await cp(EXAMPLE, repo.dir, { recursive: true, filter: (src) => !src.includes(`${path.sep}.launchgate`) })
    await repo.commit('example before the consolidation')
    await repo.branch('migrate-chat')
    // The PR migrates one page and, by mistake, adds a new user of a deprecated hook.
    const chat = path.join(repo.dir, 'frontend/src/pages/ChatPage.tsx')
    const text = await readFile(chat, 'utf8')
    await writeFile(
      chat,
      text.replace("from '../hooks/usePamWebSocket'", "from '../hooks/usePamWebSocketUnified'"),
    )
    await repo.commit('migrate the chat page', {
      'frontend/src/pages/HelpPage.tsx':
        "import { sendPamEvent } from '@/hooks/usePamWebSocketV2'\nexport const ask = () => sendPamEvent({ type: 'ping' })\n",
    })
  })
  afterAll(async () => {
    await repo.cleanup()
    await cleanupTemps()
  })

  it('reports what the change added and removed, and fails only on what it added', async () => {
    const report = await runWithConfigFile(repo.dir, { since: 'main' })
    const since = report.data?.since as SinceData
    expect(since.ref).toBe('main')
    expect(since.added.map((v) => `${v.rule} ${v.file}`)).toEqual([
      'deprecated-import frontend/src/pages/HelpPage.tsx',
    ])
    expect(since.removed.map((v) => `${v.rule} ${v.file}`)).toEqual([
      'deprecated-import frontend/src/pages/ChatPage.tsx',
    ])
    expect(report.ok).toBe(false)
    const statuses = new Set(violationsOf(report).map((v) => v.status))
    expect(statuses).toEqual(new Set(['new', 'pre-existing']))
    // The temporary worktree is gone.
    expect(await repo.git('worktree', 'list')).not.toContain('launchgate-since-')
  })

  it('works on a shallow clone once the base ref is fetched', async () => {
    const remote = await createBareRemote(repo)
    const clone = path.join(path.dirname(repo.dir), 'shallow')
    const env = { ...process.env, ...repo.env }
    await exec(
      'git',
      ['clone', '--quiet', '--depth=1', '--branch', 'migrate-chat', `file://${remote.dir}`, clone],
      { env },
    )
    await exec('git', ['fetch', '--quiet', '--depth=1', 'origin', 'main:refs/remotes/origin/main'], {
      cwd: clone,
      env,
    })
    const report = await runWithConfigFile(clone, { since: 'origin/main' })
    const since = report.data?.since as SinceData
    expect(since.added).toHaveLength(1)
    expect(since.removed).toHaveLength(1)
  })

  it('names an unknown ref as a usage error with the fetch hint', async () => {
    await expect(runWithConfigFile(repo.dir, { since: 'no-such-branch' })).rejects.toThrow(
      /--since no-such-branch: .*git fetch/,
    )
  })
})
