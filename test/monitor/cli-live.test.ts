/** What the live CLI asks of its user before it looks at anything: exit 2 and what to change. */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cli } from '../support/cli.js'
import { createTempRepo, type TempRepo } from '../support/git-repos.js'

let root: string
let repo: TempRepo

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'launchgate-monitor-cli-'))
  repo = await createTempRepo()
})

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true })
  await repo?.cleanup()
})

describe('launchgate monitor (live) usage', () => {
  it('needs --git-dir and --state-dir with the local forge', async () => {
    const run = await cli(['monitor', '--forge', 'local', '--format', 'json'], root)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--forge local needs --git-dir <bare repo> and --state-dir <dir>')
  })

  it('refuses to watch nothing, naming the config keys', async () => {
    const state = join(root, 'state')
    const run = await cli(['monitor', '--forge', 'local', '--git-dir', repo.dir, '--state-dir', state], root)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('configure monitor.sentry, monitor.health or monitor.websocket')
  })

  it('names the missing Sentry token without running anything', async () => {
    await mkdir(join(root, '.github'), { recursive: true })
    await writeFile(join(root, '.github', 'launchgate.yml'), 'monitor:\n  sentry:\n    org: acme\n')
    const state = join(root, 'state')
    const run = await cli(
      ['monitor', '--forge', 'local', '--git-dir', repo.dir, '--state-dir', state, '--format', 'json'],
      root,
    )
    expect(run.code).toBe(2)
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, error: { kind: 'MissingSecretError' } })
    expect(run.stderr).toContain('SENTRY_AUTH_TOKEN')
  })
})
