/**
 * The stat table in front of the content-keyed cache: unchanged files are not read, and a changed
 * file is always seen, even when its size and mtime are forced back to the old values.
 */
import { readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { ParseCache, RACY_MS, type CacheOptions } from '../../src/consolidation/cache.js'
import { buildGraph, type ScanStats } from '../../src/consolidation/graph.js'
import { compileSignature } from '../../src/consolidation/signatures.js'
import type { ImportGraph } from '../../src/consolidation/types.js'
import { cleanupTemps, writeRepo } from './helpers.js'

afterAll(cleanupTemps)

const FILES = {
  'src/old.ts': 'export const old = 1',
  'src/new.ts': 'export const fresh = 1',
  'src/user.ts': "import { old } from './old'\nexport const socket = new WebSocket('x')",
  'src/other.ts': "import { fresh } from './new'",
}

/** One scan of `root` through a cache in `root/.cache`, as a run of the check does it. */
async function scan(
  root: string,
  options: CacheOptions & { signatures?: string[]; maxFileBytes?: number } = {},
) {
  const cache = await ParseCache.open(path.join(root, '.cache'), { racyMs: 0, ...options })
  const { graph, stats } = await buildGraph({
    root,
    include: ['src/**'],
    exclude: [],
    maxFileBytes: options.maxFileBytes ?? 1_000_000,
    signatures: (options.signatures ?? []).map((s) => compileSignature(s, 'test')),
    fingerprint: () => false,
    cache,
  })
  await cache.save()
  return { graph, stats }
}

const targetsOf = (graph: ImportGraph, file: string) => graph.files.get(file)!.imports.map((i) => i.target)
const settle = () => new Promise((resolve) => setTimeout(resolve, 30))

describe('stat cache', () => {
  it('does not read unchanged files on a warm run, and reads the one that changed', async () => {
    const root = await writeRepo(FILES)
    await settle()
    const cold: ScanStats = (await scan(root)).stats
    expect(cold.read).toBe(4)
    await settle()
    const warm = await scan(root)
    expect(warm.stats).toMatchObject({ read: 0, cached: 4, parsed: 0 })
    expect(targetsOf(warm.graph, 'src/user.ts')).toEqual(['src/old.ts'])

    const cacheFiles = async () => {
      const names = (await readdir(path.join(root, '.cache'))).sort()
      return Promise.all(names.map(async (n) => [n, await readFile(path.join(root, '.cache', n), 'utf8')]))
    }
    const bases = (await cacheFiles()).filter(([n]) => !n!.endsWith('.journal'))
    await writeFile(path.join(root, 'src/user.ts'), "import { fresh as f } from './new'")
    await settle()
    const changed = await scan(root)
    expect(changed.stats).toMatchObject({ read: 1, parsed: 1 })
    expect(targetsOf(changed.graph, 'src/user.ts')).toEqual(['src/new.ts'])
    // One edited file: the base files stay as they were, the change is in their journals.
    const after = await cacheFiles()
    expect(after.filter(([n]) => !n!.endsWith('.journal'))).toEqual(bases)
    expect(after.filter(([n]) => n!.endsWith('.journal'))).toHaveLength(2)
    await settle()
    const again = await scan(root)
    expect(again.stats).toMatchObject({ read: 0, parsed: 0, resolved: 0 })
    expect(targetsOf(again.graph, 'src/user.ts')).toEqual(['src/new.ts'])
  })

  it('sees new content when size and mtime are forced back to the old values (ctime moves)', async () => {
    const root = await writeRepo(FILES)
    const file = path.join(root, 'src/user.ts')
    // A whole second, so the mtime set back below is exactly the one the first run saw.
    const old = 1_600_000_000
    await utimes(file, old, old)
    await settle()
    await scan(root)
    const before = await stat(file)
    await settle()
    // Same length, another import: only the content tells them apart.
    const text = await readFile(file, 'utf8')
    const swapped = text.replace("import { old } from './old'", "import { old } from './new'")
    expect(swapped.length).toBe(text.length)
    await writeFile(file, swapped)
    await utimes(file, old, old)
    const after = await stat(file)
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs])

    const { graph, stats } = await scan(root)
    expect(stats.read).toBe(1)
    expect(targetsOf(graph, 'src/user.ts')).toEqual(['src/new.ts'])
  })

  it('hashes a file changed within the racy window again on the next run', async () => {
    const root = await writeRepo(FILES)
    // Files written just now: too recent to trust their stat with the default window.
    await scan(root, { racyMs: RACY_MS })
    expect((await scan(root, { racyMs: RACY_MS })).stats).toMatchObject({ read: 4, parsed: 0 })
  })

  it('reads and hashes every file with the stat cache off, still parsing none again', async () => {
    const root = await writeRepo(FILES)
    await settle()
    await scan(root)
    await settle()
    expect((await scan(root, { statCache: false })).stats).toMatchObject({ read: 4, parsed: 0, cached: 4 })
  })

  it('keeps forbidden-signature hits with the content, and searches again for other signatures', async () => {
    const root = await writeRepo(FILES)
    await settle()
    await scan(root, { signatures: ['new WebSocket('] })
    await settle()
    const warm = await scan(root, { signatures: ['new WebSocket('] })
    expect(warm.stats.read).toBe(0)
    expect(warm.graph.files.get('src/user.ts')!.signatureHits).toEqual([
      { signature: 'new WebSocket(', line: 2, column: 23 },
    ])
    const other = await scan(root, { signatures: ['/fresh/'] })
    expect(other.stats.read).toBe(4)
    expect(other.graph.files.get('src/new.ts')!.signatureHits).toHaveLength(1)
    expect(other.graph.files.get('src/user.ts')!.signatureHits).toEqual([])
  })

  it('parses again for signatures when the cached parse kept no comment spans (a run without signatures)', async () => {
    const root = await writeRepo({
      ...FILES,
      'src/notes.ts': '// we used to call new WebSocket( here\nexport const notes = 1',
    })
    await settle()
    expect((await scan(root)).stats.parsed).toBe(5)
    await settle()
    const searched = await scan(root, { signatures: ['new WebSocket('] })
    expect(searched.stats.read).toBe(5)
    expect(searched.graph.files.get('src/user.ts')!.signatureHits).toHaveLength(1)
    // The mention inside a comment is still told apart: the spans came back with the parse.
    expect(searched.graph.files.get('src/notes.ts')!.signatureHits).toEqual([])
  })

  it('keeps the text scan of a file over the size cap while its stat is unchanged', async () => {
    const big = `import { old } from './old'\n${'// padding\n'.repeat(20)}`
    const root = await writeRepo({ ...FILES, 'src/big.ts': big })
    await settle()
    const importsOfBig = (graph: ImportGraph) => graph.files.get('src/big.ts')!.imports
    const cold = await scan(root, { maxFileBytes: 100 })
    expect(cold.graph.skipped).toEqual(['src/big.ts'])
    expect(importsOfBig(cold.graph).map((i) => i.target)).toEqual(['src/old.ts'])
    await settle()
    const warm = await scan(root, { maxFileBytes: 100 })
    expect(warm.stats).toMatchObject({ read: 0, parsed: 0, skipped: 1 })
    expect(importsOfBig(warm.graph)).toEqual(importsOfBig(cold.graph))

    await writeFile(path.join(root, 'src/big.ts'), big.replace("'./old'", "'./new'"))
    await settle()
    const changed = await scan(root, { maxFileBytes: 100 })
    expect(importsOfBig(changed.graph).map((i) => i.target)).toEqual(['src/new.ts'])
  })
})
