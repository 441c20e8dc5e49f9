/**
 * Parsing on libuv's thread pool yields the graph of the main-thread parse, file for file: the
 * same imports and targets, syntax errors, signature hits, and copies of a file parsed once.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { ParseCache } from '../../src/consolidation/cache.js'
import { buildGraph, defaultParseThreads } from '../../src/consolidation/graph.js'
import { parseScript, parseScriptAsync } from '../../src/consolidation/parse-ts.js'
import { compileSignature } from '../../src/consolidation/signatures.js'
import { cleanupTemps, EXAMPLE, writeRepo } from './helpers.js'

afterAll(cleanupTemps)

const COPY = "import { socket } from '../legacy/socket'\nexport const a = socket"

const FILES: Record<string, string> = {
  'src/legacy/socket.ts': "export const socket = new WebSocket('wss://x')",
  'src/a/one.ts': COPY,
  'src/b/two.ts': COPY,
  'src/c/three.ts': COPY,
  'src/cjs.js': "const s = require('./legacy/socket')\nmodule.exports = s",
  'src/mention.ts': 'export const text = \'require("./legacy/socket")\'',
  'src/broken.ts': "import { socket } from './legacy/socket'\nconst x = {;\n",
  'src/lazy.tsx': "export const L = () => import('./legacy/socket')",
  'app/main.py': 'from .util import helper\n',
  'app/util.py': 'def helper():\n    return 1\n',
}

async function scan(root: string, parseThreads: number, include = ['**/*']) {
  const cache = await ParseCache.open(undefined)
  return buildGraph({
    root,
    include,
    exclude: [],
    maxFileBytes: 1_000_000,
    signatures: [compileSignature('new WebSocket(', 'sockets')],
    fingerprint: () => true,
    cache,
    parseThreads,
  })
}

describe('parallel parsing', () => {
  it('gives the main thread parse, with copies parsed once', async () => {
    const root = await writeRepo(FILES)
    const alone = await scan(root, 0)
    const pooled = await scan(root, 4)
    expect(pooled.graph).toEqual(alone.graph)
    const { ms: _a, ...aloneStats } = alone.stats
    const { ms: _b, ...pooledStats } = pooled.stats
    expect(pooledStats).toEqual(aloneStats)
    // Three files share one content: one parse, two cache hits.
    expect(pooled.stats).toMatchObject({ parsed: 8, cached: 2, read: 10 })
    expect(pooled.graph.files.get('src/cjs.js')!.imports.map((i) => i.target)).toEqual([
      'src/legacy/socket.ts',
    ])
    expect(pooled.graph.files.get('src/mention.ts')!.imports).toEqual([])
    expect(pooled.graph.files.get('src/broken.ts')!.problem).toBeDefined()
  })

  it('gives the same graph on the example monorepo', async () => {
    const alone = await scan(EXAMPLE, 0, ['**/*.{ts,tsx,js,py}'])
    const pooled = await scan(EXAMPLE, 3, ['**/*.{ts,tsx,js,py}'])
    expect(alone.graph.files.size).toBeGreaterThan(10)
    expect(pooled.graph).toEqual(alone.graph)
  })

  it('parses a file alike on the pool and on the main thread', async () => {
    for (const [file, text] of Object.entries(FILES).filter(([f]) => !f.endsWith('.py'))) {
      expect(await parseScriptAsync(file, text)).toEqual(parseScript(file, text))
    }
  })

  it('uses the pool only with cores to spare', () => {
    expect(defaultParseThreads(1)).toBe(0)
    expect(defaultParseThreads(2)).toBe(0)
    expect(defaultParseThreads(4)).toBe(4)
    expect(defaultParseThreads(64)).toBe(8)
  })
})
