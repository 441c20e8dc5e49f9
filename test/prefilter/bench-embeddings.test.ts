import { mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cli } from '../support/cli.js'
import { sealTools } from './helpers.js'
import { startEmbeddingsServer, type EmbeddingsServer } from './support/embeddings-server.js'

const KEY = 'sk-test-bench-embeddings-0123456789'
// Words the built-in vectors and the catalogue do not know: only the provider relates them.
const MESSAGE = 'go incognito with my geotag'

let server: EmbeddingsServer
let dir: string
beforeAll(async () => {
  server = await startEmbeddingsServer([['privacy', 'visibility', 'incognito', 'geotag']])
  dir = await mkdtemp(path.join(os.tmpdir(), 'prefilter-bench-embeddings-'))
  const tools = [
    ...sealTools()
      .slice(0, 60)
      .map((t) => ({ name: t.name, description: t.description, parameters: t.parameters })),
    {
      name: 'manage_privacy',
      description: 'Who can see what you share',
      parameters: { type: 'object', properties: { visibility: { type: 'string' } } },
    },
  ]
  await writeFile(path.join(dir, 'tools.json'), JSON.stringify(tools))
  const cases = [
    { message: MESSAGE, expected: ['manage_privacy'] },
    { message: 'football score of the match', expected: ['getFootballScore'] },
  ]
  await writeFile(path.join(dir, 'cases.jsonl'), cases.map((c) => JSON.stringify(c)).join('\n') + '\n')
  const section = [
    'prefilter:',
    '  tools: tools.json',
    '  cases: cases.jsonl',
    '  core-tools: []',
    // Gates at 0: these runs compare figures, they do not gate.
    '  min-token-reduction: 0',
    '  min-completeness: 0',
  ]
  const provider = [
    '  embeddings:',
    `    url: ${server.url}`,
    '    model: test-embed',
    '    api-key-env: EMBED_KEY',
  ]
  await writeFile(path.join(dir, 'offline.yml'), section.join('\n') + '\n')
  await writeFile(path.join(dir, 'online.yml'), [...section, ...provider].join('\n') + '\n')
})
afterAll(async () => server.close())

async function bench(config: string, env: NodeJS.ProcessEnv = {}) {
  const run = await cli(
    ['prefilter', 'bench', '--root', dir, '--config', config, '--format', 'json'],
    dir,
    env,
  )
  return {
    ...run,
    json: JSON.parse(run.stdout) as { completeness: number; tokenReduction: { mean: number } },
  }
}

describe('prefilter bench with prefilter.embeddings', () => {
  it('asks the configured provider for the catalogue and every message, and measures with it', async () => {
    const offline = await bench('offline.yml')
    expect(offline.code).toBe(0)
    const before = server.requests.length
    const online = await bench('online.yml', { EMBED_KEY: KEY })
    expect(online.code).toBe(0)
    const sent = server.requests.slice(before)
    expect(sent.every((r) => r.authorization === `Bearer ${KEY}`)).toBe(true)
    expect(sent.flatMap((r) => r.input as string[])).toEqual(
      expect.arrayContaining([MESSAGE, 'football score of the match']),
    )
    expect(online.json.completeness).toBe(1)
    // Offline the privacy message shares nothing with any tool: the fallback sends the catalogue.
    expect(online.json.tokenReduction.mean).toBeGreaterThan(offline.json.tokenReduction.mean + 0.3)
    expect(online.stdout + online.stderr).not.toContain(KEY)
  })

  it('measures offline with a warning when the key variable is unset', async () => {
    const before = server.requests.length
    const run = await bench('online.yml')
    expect(run.code).toBe(0)
    expect(server.requests.length).toBe(before)
    expect(run.stderr).toContain('EMBED_KEY is not set')
  })

  it('measures offline with a warning when the provider fails', async () => {
    server.failAlways({ status: 500 })
    try {
      const offline = await bench('offline.yml')
      const run = await bench('online.yml', { EMBED_KEY: KEY })
      expect(run.code).toBe(0)
      expect(run.stderr).toMatch(/filtering offline/)
      expect(run.json.tokenReduction.mean).toBeCloseTo(offline.json.tokenReduction.mean, 5)
    } finally {
      server.failAlways(undefined)
    }
  })
})
