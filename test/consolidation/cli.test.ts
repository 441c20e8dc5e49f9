/** `launchgate consolidation` through the real command: exit codes and one JSON document. */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { cli } from '../support/cli.js'
import { cleanupTemps, consolidate, consolidationCli, copyExample, EXAMPLE, writeRepo } from './helpers.js'

afterAll(cleanupTemps)

describe('launchgate consolidation', () => {
  it('exits 1 on the example with the JSON contract: ok, violations with concern/rule/file/line', async () => {
    const run = await consolidationCli(['--root', EXAMPLE, '--format', 'json', '--no-cache'])
    expect(run.code).toBe(1)
    const doc = JSON.parse(run.stdout) as {
      ok: boolean
      violations: Array<{ concern: string; rule: string; file: string; line: number }>
      concerns: unknown[]
      audit: unknown[]
    }
    expect(doc.ok).toBe(false)
    expect(doc.violations.length).toBeGreaterThan(20)
    for (const v of doc.violations) {
      expect(typeof v.concern).toBe('string')
      expect(v.file).not.toMatch(/^\//)
      expect(v.line).toBeGreaterThan(0)
    }
    expect(new Set(doc.violations.map((v) => v.rule))).toEqual(
      new Set([
        'deprecated-file',
        'deprecated-import',
        'forbidden-signature',
        'missing-required-import',
        'duplicate-logic',
      ]),
    )
    expect(doc.concerns).toHaveLength(2)
    expect(doc.audit).toHaveLength(2)
  })

  it('exits 0 on the consolidated example, with --config relative to the root and a cache dir', async () => {
    const dir = await copyExample()
    await consolidate(dir)
    const cacheDir = path.join(dir, 'cache-here')
    const run = await consolidationCli([
      '--root',
      dir,
      '--config',
      '.github/launchgate.yml',
      '--cache-dir',
      cacheDir,
      '--format',
      'json',
    ])
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, violations: [] })
    // A progress line on stderr; stdout stays the one JSON document.
    expect(run.stderr).toMatch(/^consolidation: \d+ file\(s\) scanned in \d+ ms, 2 concern\(s\)$/m)
  })

  it('fails (exit 1) the concern whose canonical file is missing, and `config` says so too', async () => {
    const root = await writeRepo({ 'src/ok.ts': 'export {}' })
    await mkdir(path.join(root, '.github'))
    await writeFile(
      path.join(root, '.github/launchgate.yml'),
      'consolidation:\n  concerns:\n    - name: pam-websocket\n      canonical: [src/nope.ts]\n' +
        '    - name: fine\n      canonical: [src/ok.ts]\n',
    )
    const run = await consolidationCli(['--root', root, '--format', 'json'])
    expect(run.code).toBe(1)
    const doc = JSON.parse(run.stdout) as { concerns: Array<{ concern: string; status: string }> }
    expect(doc.concerns.map((c) => `${c.concern} ${c.status}`)).toEqual([
      'pam-websocket broken',
      'fine consolidated',
    ])
    const config = await cli(['config', '--root', root, '--format', 'json'], root)
    expect(config.code).toBe(1)
    expect(JSON.parse(config.stdout).findings).toEqual([
      expect.objectContaining({
        rule: 'missing-canonical',
        file: '.github/launchgate.yml',
        message: expect.stringContaining('concern pam-websocket: canonical file src/nope.ts does not exist'),
      }),
    ])
  })

  it('exits 2 on an invalid config file, naming line and column', async () => {
    const root = await writeRepo({ '.github/launchgate.yml': 'consolidation:\n  concerns:\n    - name: x\n' })
    const run = await consolidationCli(['--root', root, '--format', 'json'])
    expect(run.code).toBe(2)
    expect(JSON.parse(run.stdout).findings[0]).toMatchObject({ rule: 'invalid-config', line: 3 })
  })

  it('renders text with the concern table and audit by default', async () => {
    const run = await consolidationCli(['--root', EXAMPLE, '--no-cache'])
    expect(run.code).toBe(1)
    expect(run.stdout).toContain('Audit: pam-websocket')
    expect(run.stdout).toMatch(/pam-component\s+\d+ violation\(s\) in \d+ file\(s\)/)
  })
})
