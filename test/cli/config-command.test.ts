import { mkdtemp, mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { cli } from '../support/cli.js'
import { REPO_ROOT } from '../support/runner.js'

const EXAMPLE = path.join(REPO_ROOT, 'examples/wheels-and-wins')

async function repoWithConfig(text: string): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'lg-cli-'))
  await mkdir(path.join(root, '.github'))
  await writeFile(path.join(root, '.github/launchgate.yml'), text)
  return root
}

describe('launchgate config', () => {
  it('validates the bundled example and prints exactly one JSON document', async () => {
    const run = await cli(['config', '--root', EXAMPLE, '--format', 'json'])
    expect(run.code).toBe(0)
    const doc = JSON.parse(run.stdout) as {
      ok: boolean
      file: string
      config: { consolidation: { concerns: unknown[] } }
    }
    expect(doc.ok).toBe(true)
    expect(doc.file).toBe('.github/launchgate.yml')
    expect(doc.config.consolidation.concerns).toHaveLength(2)
  })

  it('exits 2 with the problem at file:line:column for a bad config', async () => {
    const root = await repoWithConfig('review:\n  min-score: high\n')
    const run = await cli(['config', '--root', root, '--format', 'json'])
    expect(run.code).toBe(2)
    const doc = JSON.parse(run.stdout) as {
      ok: boolean
      findings: Array<{ file: string; line: number; message: string }>
    }
    expect(doc.ok).toBe(false)
    expect(doc.findings[0]).toMatchObject({ file: '.github/launchgate.yml', line: 2, column: 14 })
    expect(doc.findings[0]!.message).toContain('review.min-score: expected number')
  })

  it('reports a bad config the same way whichever command reads it', async () => {
    const root = await repoWithConfig('monitor:\n  window-hours: soon\n')
    for (const argv of [
      ['consolidation', '--root', root, '--format', 'json'],
      ['monitor', '--replay', 'x.json', '--root', root, '--format', 'json'],
    ]) {
      const run = await cli(argv)
      expect(run.code).toBe(2)
      const doc = JSON.parse(run.stdout) as { ok: boolean; findings: Array<Record<string, unknown>> }
      expect(doc.findings[0]).toMatchObject({
        rule: 'invalid-config',
        file: '.github/launchgate.yml',
        line: 2,
      })
      expect(run.stderr).toContain('monitor.window-hours: expected number')
    }
  })

  it('prints each problem once on a terminal: the report lists them, stderr says where to look', async () => {
    const root = await repoWithConfig('monitor:\n  window-hours: soon\nreview:\n  min-score: high\n')
    const run = await cli(['config', '--root', root])
    expect(run.code).toBe(2)
    const both = run.stdout + run.stderr
    for (const problem of ['monitor.window-hours: expected number', 'review.min-score: expected number'])
      expect(both.split(problem)).toHaveLength(2)
    expect(run.stdout).toContain('.github/launchgate.yml:2:17')
    expect(run.stderr).toBe('launchgate: .github/launchgate.yml has 2 problem(s), listed above\n')
  })

  it('names a missing explicit config file and still prints one JSON document', async () => {
    const run = await cli(['config', '--root', EXAMPLE, '--config', 'nope.yml', '--format', 'json'])
    expect(run.code).toBe(2)
    expect(JSON.parse(run.stdout)).toMatchObject({
      ok: false,
      error: { kind: 'ConfigurationError', file: 'nope.yml' },
    })
    expect(run.stderr).toContain('cannot read config file nope.yml')
  })

  it('renders text for people by default', async () => {
    const run = await cli(['config', '--root', EXAMPLE])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('pam-websocket, pam-component')
  })

  it('exits 2 on usage errors: unknown command, unknown format', async () => {
    expect((await cli(['deploy-everything'])).code).toBe(2)
    const bad = await cli(['config', '--format', 'yaml'])
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('yaml')
    expect(bad.stdout).toBe('')
  })
})
