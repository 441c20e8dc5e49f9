/**
 * The capability registry is the one list: every other list a capability appears in (the CLI's
 * commands, the config sections and rows, the umbrella action, the action entries and their
 * metadata, the package exports, the README) is held to it here, so adding a capability without
 * one of them fails with the missing piece named.
 */
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { umbrellaCommands } from '../src/actions/main.js'
import { CAPABILITIES, SECTIONS } from '../src/capabilities.js'
import { describeConfig } from '../src/config/check.js'
import { parseConfig } from '../src/config/load.js'
import { configJsonSchema } from '../src/config/schema.js'
import { cli } from './support/cli.js'

const ROOT = path.resolve('.')
const actionNames = CAPABILITIES.flatMap((c) => Object.keys(c.actions ?? {}))

describe('the capability registry', () => {
  it('the CLI has a command for each capability that has one, and no other', async () => {
    const help = await cli(['--help'])
    const listed = [...help.stderr.matchAll(/^ {2}([a-z-]+)(?: \[options\]| \[command\]|\s)/gm)]
      .map((m) => m[1]!)
      .filter((name) => name !== 'help')
    const expected = CAPABILITIES.filter((c) => c.command).map((c) => c.name)
    expect(listed.sort()).toEqual([...expected].sort())
  })

  it('the config file has one section per capability section, in the registry’s order', () => {
    const properties = Object.keys((configJsonSchema().properties ?? {}) as Record<string, unknown>)
    const sections = CAPABILITIES.flatMap((c) => (c.section ? [c.section] : []))
    expect(properties.filter((p) => p !== '$schema' && p !== 'version')).toEqual(sections)
    expect(Object.keys(SECTIONS).sort()).toEqual([...sections].sort())
  })

  it('init writes the sections in the registry’s order, and the file it writes is valid', async () => {
    const { mkdtemp, rm } = await import('node:fs/promises')
    const { tmpdir } = await import('node:os')
    const { detectRepo } = await import('../src/init/detect.js')
    const { renderConfig } = await import('../src/init/render-config.js')
    const { parse } = await import('yaml')
    const root = await mkdtemp(path.join(tmpdir(), 'lg-init-registry-'))
    try {
      const text = renderConfig(await detectRepo(root))
      const written = Object.keys(parse(text) as Record<string, unknown>).filter((k) => k !== 'version')
      const sections = CAPABILITIES.flatMap((c) => (c.section ? [c.section] : []))
      // The audit's defaults suit a new repository: init leaves that section out on purpose.
      expect(written).toEqual(sections.filter((s) => s !== 'audit'))
      expect(() => parseConfig(text, '.github/launchgate.yml')).not.toThrow()
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  })

  it('`launchgate config` has a row for each capability that describes itself', () => {
    const report = describeConfig({
      config: parseConfig('version: 1\n', 'launchgate.yml'),
      file: 'launchgate.yml',
    })
    const rows = report.sections![0]!.table!.rows.map((r) => r[0])
    expect(rows).toEqual(CAPABILITIES.filter((c) => c.describe).map((c) => c.name))
    expect(rows).toEqual(
      expect.arrayContaining(['consolidation', 'prefilter', 'review', 'deploy', 'monitor']),
    )
  })

  it('each action is an entry, has its metadata and its module exports run()', async () => {
    const entries = (await readdir(path.join(ROOT, 'src', 'actions', 'entries')))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.slice(0, -3))
    // `config` runs through the umbrella action only; every other action also stands alone.
    const standalone = actionNames.filter((name) => name !== 'config')
    expect(entries.sort()).toEqual(['main', ...standalone].sort())
    for (const name of standalone) {
      expect(existsSync(path.join(ROOT, 'actions', name, 'action.yml'))).toBe(true)
      const entry = await readFile(path.join(ROOT, 'src', 'actions', 'entries', `${name}.ts`), 'utf8')
      expect(entry).toContain(`import { run } from '../${name}.js'`)
      const module = (await import(`../src/actions/${name}.js`)) as { run?: unknown }
      expect(typeof module.run).toBe('function')
    }
  })

  it('the umbrella action runs the registry’s umbrella commands and its metadata names them', async () => {
    const commands = umbrellaCommands()
    expect(commands).toEqual(CAPABILITIES.filter((c) => c.umbrella).map((c) => c.name))
    const metadata = await readFile(path.join(ROOT, 'action.yml'), 'utf8')
    for (const command of commands) expect(metadata).toContain(`\`${command}\``)
  })

  it('the package exports each capability’s public API, and the README names each capability', async () => {
    const index = await readFile(path.join(ROOT, 'src', 'index.ts'), 'utf8')
    const readme = await readFile(path.join(ROOT, 'README.md'), 'utf8')
    for (const capability of CAPABILITIES) {
      if (capability.library) expect(index).toContain(`from '${capability.library}'`)
      expect(readme).toContain(`launchgate ${capability.name}`)
    }
  })
})

describe('`launchgate config` checks what later commands would refuse', () => {
  it('refuses two smoke tests with one name, as the deploy would, at the config file', async () => {
    const { mkdtemp, writeFile, mkdir, rm } = await import('node:fs/promises')
    const { tmpdir } = await import('node:os')
    const dir = await mkdtemp(path.join(tmpdir(), 'lg-config-deploy-'))
    try {
      await mkdir(path.join(dir, '.github'))
      await writeFile(
        path.join(dir, '.github', 'launchgate.yml'),
        [
          'version: 1',
          'deploy:',
          '  smoke:',
          "    base-url: 'https://app.example.com'",
          '    tests:',
          '      - { name: health, kind: http, path: /api/health }',
          '      - { name: health, kind: http, path: /api/ready }',
          '',
        ].join('\n'),
      )
      const run = await cli(['config', '--root', dir, '--format', 'json'])
      expect(run.code).toBe(1)
      const document = JSON.parse(run.stdout) as {
        ok: boolean
        findings: Array<{ rule: string; message: string }>
      }
      expect(document.ok).toBe(false)
      expect(document.findings).toEqual([
        expect.objectContaining({
          rule: 'deploy-not-runnable',
          message: expect.stringContaining('two smoke tests are named health'),
        }),
      ])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
