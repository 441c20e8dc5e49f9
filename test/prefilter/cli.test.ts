import { mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { Command } from 'commander'
import { registerPrefilter } from '../../src/cli/commands/prefilter.js'
import { emitError } from '../../src/cli/output.js'
import { EXAMPLE } from './helpers.js'

/** Runs `launchgate prefilter ...` in-process the way src/cli/main.ts does. */
async function cli(args: string[], cwd = process.cwd()) {
  let stdout = ''
  let stderr = ''
  const io = {
    stdout: (s: string) => void (stdout += s),
    stderr: (s: string) => void (stderr += s),
    env: {},
    cwd,
  }
  let code = 0
  const program = new Command('launchgate')
    .exitOverride()
    .configureOutput({ writeErr: (s) => void (stderr += s) })
  registerPrefilter(program, io, (c) => void (code = c))
  try {
    await program.parseAsync(args, { from: 'user' })
  } catch (error) {
    code = emitError(io, error, 'json')
  }
  return { code, stdout, stderr }
}

const TOOLS = path.join(EXAMPLE, 'registry.json')
const CASES = path.join(EXAMPLE, 'cases.jsonl')

describe('launchgate prefilter', () => {
  it('bench prints the figures at the top level of the JSON and exits 0 when gates pass', async () => {
    const run = await cli(['prefilter', 'bench', '--root', path.dirname(EXAMPLE), '--format', 'json'])
    expect(run.stderr).toBe('')
    const json = JSON.parse(run.stdout) as Record<string, unknown>
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining([
        'cases',
        'completeness',
        'toolRecall',
        'tokenReduction',
        'coreKept',
        'latencyMs',
      ]),
    )
    expect(json.ok).toBe(true)
    expect(run.code).toBe(0)
  })

  it('bench exits 2 on a reduction gate the core tools make impossible, suggesting one', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'prefilter-'))
    await writeFile(path.join(dir, 'strict.yml'), 'prefilter:\n  min-token-reduction: 0.99\n')
    const run = await cli([
      'prefilter',
      'bench',
      '--tools',
      TOOLS,
      '--cases',
      CASES,
      '--config',
      'strict.yml',
      '--root',
      dir,
    ])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/core tools \(get_time, get_location\) are \d+\.\d% of the catalogue/)
    expect(run.stderr).toMatch(/Set min-token-reduction to 0\.\d+ or less/)
  })

  it('bench exits 1 when a gate fails', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'prefilter-'))
    await writeFile(path.join(dir, 'strict.yml'), 'prefilter:\n  min-token-reduction: 0.95\n')
    const run = await cli([
      'prefilter',
      'bench',
      '--tools',
      TOOLS,
      '--cases',
      CASES,
      '--config',
      'strict.yml',
      '--root',
      dir,
      '--format',
      'json',
    ])
    expect(run.code).toBe(1)
    expect((JSON.parse(run.stdout) as { findings: Array<{ rule: string }> }).findings[0]!.rule).toBe(
      'prefilter-token-reduction',
    )
  })

  it('bench exits 2 naming the line of a case whose tool is not in the catalogue', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'prefilter-'))
    await writeFile(
      path.join(dir, 'cases.jsonl'),
      '{"message": "plan a trip", "expected": ["plan_trip"]}\n{"message": "x", "expected": ["teleport"]}\n',
    )
    const run = await cli(
      ['prefilter', 'bench', '--tools', TOOLS, '--cases', 'cases.jsonl', '--root', dir, '--format', 'json'],
      dir,
    )
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('cases.jsonl:2: expected tool teleport is not in the tool catalogue')
  })

  it('filter prints the kept definitions as JSON, core tools first', async () => {
    const context = JSON.stringify({ page: '/trips', recentTools: ['plan_trip'], unknownKey: true })
    const run = await cli([
      'prefilter',
      'filter',
      '--tools',
      TOOLS,
      '--message',
      'will it rain in Moab on Saturday?',
      '--context',
      context,
      '--format',
      'json',
    ])
    expect(run.code).toBe(0)
    const json = JSON.parse(run.stdout) as {
      tools: Array<{ function: { name: string } }>
      kept: Array<{ reasons: string[] }>
    }
    const names = json.tools.map((t) => t.function.name)
    expect(names.slice(0, 2)).toEqual(['get_time', 'get_location'])
    expect(names).toContain('get_weather_forecast')
    expect(names).toContain('plan_trip')
    expect(names.length).toBeLessThan(15)
  })

  it('filter rejects a --context that is not a JSON object', async () => {
    const run = await cli(['prefilter', 'filter', '--tools', TOOLS, '--message', 'hi', '--context', '[1]'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--context must be a JSON object')
  })
})

describe('launchgate prefilter filter with an embeddings provider', () => {
  it('asks the provider the config names (key from the environment), and runs offline when it fails', async () => {
    const { startEmbeddingsServer } = await import('./support/embeddings-server.js')
    const server = await startEmbeddingsServer([['rain', 'weather', 'forecast']])
    const dir = await mkdtemp(path.join(os.tmpdir(), 'lg-prefilter-emb-'))
    try {
      await writeFile(
        path.join(dir, 'launchgate.yml'),
        `version: 1\nprefilter:\n  embeddings:\n    url: ${server.url}\n    model: test-embed\n    retries: 0\n`,
      )
      const args = ['prefilter', 'filter', '--tools', TOOLS, '--config', 'launchgate.yml', '--root', dir]
      const run = await cli([...args, '--message', 'will it rain in Moab on Saturday?', '--format', 'json'])
      expect(run.code).toBe(0)
      expect(server.requests.length).toBeGreaterThan(0)
      const names = (JSON.parse(run.stdout) as { tools: Array<{ function: { name: string } }> }).tools.map(
        (t) => t.function.name,
      )
      expect(names).toContain('get_weather_forecast')
      server.failAlways({ status: 500 })
      const offline = await cli([...args, '--message', 'will it rain in Moab?', '--format', 'json'])
      expect(offline.code).toBe(0)
      expect(offline.stderr).toContain('filtering offline')
    } finally {
      await server.close()
    }
  })
})
