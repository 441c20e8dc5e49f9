/**
 * Hostile input files are the user's mistake, told at file:line:column: YAML alias bombs and
 * undefined aliases, deep nesting, FIFOs, devices, huge files. Never exit 70, never a hang.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtemp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ConfigFileError, loadConfig, parseConfig } from '../../src/config/load.js'
import { confinedPath } from '../../src/config/read-input.js'
import { ConfigurationError } from '../../src/errors.js'
import { parseReplay, ReplayFileError } from '../../src/monitor/replay.js'
import { cli } from '../support/cli.js'
import { aliasBomb } from '../support/mutate-text.js'

let root: string

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'lg-inputs-'))
  await mkdir(join(root, '.github'))
})

afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

function positionOf(run: () => unknown): { line?: number; column?: number; message: string } {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError)
    const e = error as ConfigurationError
    return { ...e.position, message: e.message }
  }
  throw new Error('expected a ConfigurationError')
}

describe('the config parser', () => {
  it('refuses an alias bomb at the alias, quickly', () => {
    const started = Date.now()
    const where = positionOf(() => parseConfig(aliasBomb(), 'bomb.yml'))
    expect(where).toMatchObject({ line: 2, message: expect.stringContaining('alias') })
    expect(Date.now() - started).toBeLessThan(2000)
  })

  it('refuses a merge of an undefined anchor', () => {
    const where = positionOf(() => parseConfig('monitor:\n  <<: *undefined\n', 'merge.yml'))
    expect(where.line).toBe(2)
    expect(where.column).toBeGreaterThan(0)
  })

  it('refuses nesting 100,000 levels deep at the level that is too deep', () => {
    const where = positionOf(() => parseConfig(`monitor: ${'['.repeat(100_000)}`, 'deep.yml'))
    expect(where).toMatchObject({ line: 1, column: 74, message: expect.stringContaining('nested') })
  })

  it('still reads a config with a few aliases', () => {
    const text = [
      'monitor:',
      '  health: &probe',
      '    url: https://app.test/api/health',
      '    probes: 3',
      '  websocket:',
      '    <<: *probe',
      '    url: wss://app.test/ws',
      '',
    ].join('\n')
    expect(parseConfig(text, 'ok.yml').monitor.websocket?.probes).toBe(3)
  })
})

describe('reading input files', () => {
  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    const fifo = join(root, '.github', 'launchgate.yml')
    execFileSync('mkfifo', [fifo])
    try {
      const error = await loadConfig({ root }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ConfigurationError)
      expect((error as Error).message).toMatch(/launchgate\.yml:1:1: .*not a regular file \(a FIFO\)/)
    } finally {
      await rm(fifo)
    }
  })

  it('refuses a symlink to /dev/zero, and a file over the size limit', async () => {
    const device = join(root, 'zero.yml')
    await symlink('/dev/zero', device)
    const big = join(root, 'big.yml')
    await writeFile(big, `# ${'x'.repeat(5 * 1024 * 1024)}\n`)
    for (const [file, problem] of [
      ['zero.yml', /not a regular file \(a device\)/],
      ['big.yml', /more than the limit/],
    ] as const) {
      const error = await loadConfig({ root, configPath: file }).catch((e: unknown) => e)
      expect((error as Error).message).toMatch(problem)
    }
  })

  it('confines a path from the config to the repository', () => {
    expect(confinedPath('/repo', 'tools/tools.json', 'prefilter.tools')).toBe('/repo/tools/tools.json')
    expect(() => confinedPath('/repo', '../../../../etc/passwd', 'prefilter.tools')).toThrow(
      /prefilter.tools: .* is outside the repository/,
    )
    expect(() => confinedPath('/repo', '/etc/passwd', 'prefilter.tools')).toThrow(/outside/)
  })
})

describe('the replay reader', () => {
  it('refuses a replay nested 100,000 levels deep', () => {
    const where = positionOf(() => parseReplay(`{"samples": ${'['.repeat(100_000)}`, 'deep.json'))
    expect(where).toMatchObject({ message: expect.stringContaining('deep.json:1:76: nested') })
    expect(() => parseReplay('[', 'x.json')).toThrow(ReplayFileError)
  })

  it('accepts every severity GitHub uses: low, moderate, medium, high, critical', async () => {
    const seed = JSON.parse(await readFile('test/monitor/fixtures/issue-example.json', 'utf8')) as {
      samples: unknown[]
    }
    const at = (seed.samples[0] as { at: string }).at
    for (const severity of ['low', 'moderate', 'medium', 'high', 'critical']) {
      const sample = { signal: 'security-alert', at, severity, summary: 'lodash prototype pollution' }
      const replay = parseReplay(JSON.stringify({ ...seed, samples: [...seed.samples, sample] }), 'r.json')
      expect(replay.samples.at(-1)).toMatchObject({ severity: severity === 'moderate' ? 'medium' : severity })
    }
  })
})

describe('the CLI on hostile files', () => {
  it('config: an alias bomb exits 2 with file:line:column', async () => {
    await writeFile(join(root, 'bomb.yml'), aliasBomb())
    const run = await cli(['config', '--format', 'json', '--root', root, '--config', 'bomb.yml'], root)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/bomb\.yml:2:\d+/)
  })

  it('monitor --replay of a FIFO exits 2 at once', async () => {
    const fifo = join(root, 'replay.json')
    execFileSync('mkfifo', [fifo])
    const run = await cli(['monitor', '--replay', fifo, '--root', root], root)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('not a regular file (a FIFO)')
  })
})

// Keeps the imported error class in use for readers of the test: a bad config is one of these.
expect(ConfigFileError.prototype).toBeInstanceOf(ConfigurationError)
