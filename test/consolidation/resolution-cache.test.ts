/** Resolved imports kept between runs: reused while the repository's shape holds, dropped when it changes. */
import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { ParseCache } from '../../src/consolidation/cache.js'
import { buildGraph } from '../../src/consolidation/graph.js'
import { cleanupTemps, writeRepo } from './helpers.js'

afterAll(cleanupTemps)

async function targetsOf(root: string, file: string): Promise<string[]> {
  return (await scanOf(root, file)).targets
}

/** One scan with the cache in `.cache`: the file's `specifier -> target` lines and the resolver's count. */
async function scanOf(root: string, file: string): Promise<{ targets: string[]; resolved: number }> {
  // Racy-clean rows are dropped at the default 2 s; these files are written a moment before.
  const cache = await ParseCache.open(path.join(root, '.cache'), { racyMs: -1 })
  const { graph, stats } = await buildGraph({
    root,
    include: ['**/*'],
    exclude: ['.cache/**'],
    maxFileBytes: 1_000_000,
    signatures: [],
    fingerprint: () => false,
    cache,
  })
  await cache.save()
  const targets = graph.files.get(file)!.imports.map((i) => `${i.specifier} -> ${i.target ?? 'unresolved'}`)
  return { targets, resolved: stats.resolved }
}

describe('resolution cache', () => {
  it('is reused when nothing changed, and dropped when a file is added or a tsconfig changes', async () => {
    const root = await writeRepo({
      'tsconfig.json': '{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["src/*"] } } }',
      'src/x.ts': 'export const x = 1',
      'lib/x.ts': 'export const x = 2',
      'src/page.ts': "import { x } from '@/x'\nimport { b } from './b'",
    })
    const first = ['@/x -> src/x.ts', './b -> unresolved']
    expect(await targetsOf(root, 'src/page.ts')).toEqual(first)
    const stored = JSON.parse(await readFile(path.join(root, '.cache/resolutions-v2.json'), 'utf8'))
    expect(stored.sections.files['src/page.ts'][1]).toEqual(['src/x.ts', ''])
    expect(await targetsOf(root, 'src/page.ts')).toEqual(first)

    await writeFile(path.join(root, 'src/b.ts'), 'export const b = 1')
    expect(await targetsOf(root, 'src/page.ts')).toEqual(['@/x -> src/x.ts', './b -> src/b.ts'])

    await writeFile(
      path.join(root, 'tsconfig.json'),
      '{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["lib/*"] } } }',
    )
    expect(await targetsOf(root, 'src/page.ts')).toEqual(['@/x -> lib/x.ts', './b -> src/b.ts'])
  })
})

describe('resolution of an edited file', () => {
  it('reuses the targets of the imports it kept and resolves only the new one', async () => {
    const root = await writeRepo({
      'tsconfig.json': '{ "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["src/*"] } } }',
      'src/x.ts': 'export const x = 1',
      'src/y.ts': 'export const y = 1',
      'src/page.ts': "import { x } from '@/x'\nimport { b } from './b'",
    })
    expect(await scanOf(root, 'src/page.ts')).toEqual({
      targets: ['@/x -> src/x.ts', './b -> unresolved'],
      resolved: 2,
    })
    // Same imports, new content: nothing goes to the resolver.
    await writeFile(path.join(root, 'src/page.ts'), "import { x } from '@/x'\nimport { b } from './b'\nx()")
    expect(await scanOf(root, 'src/page.ts')).toEqual({
      targets: ['@/x -> src/x.ts', './b -> unresolved'],
      resolved: 0,
    })
    // A new import is resolved (and only it).
    await writeFile(
      path.join(root, 'src/page.ts'),
      "import { y } from '@/y'\nimport { x } from '@/x'\nimport { b } from './b'",
    )
    expect(await scanOf(root, 'src/page.ts')).toEqual({
      targets: ['@/y -> src/y.ts', '@/x -> src/x.ts', './b -> unresolved'],
      resolved: 1,
    })
  })

  it('resolves again when a target file is removed', async () => {
    const root = await writeRepo({
      'src/b.ts': 'export const b = 1',
      'src/page.ts': "import { b } from './b'",
    })
    expect(await targetsOf(root, 'src/page.ts')).toEqual(['./b -> src/b.ts'])
    // The importer is unchanged: the removal alone must drop its cached target.
    await rm(path.join(root, 'src/b.ts'))
    expect(await targetsOf(root, 'src/page.ts')).toEqual(['./b -> unresolved'])
  })

  it('resolves again when a package.json changes where a specifier leads', async () => {
    const root = await writeRepo({
      'package.json': '{ "name": "app", "imports": { "#store": "./src/old-store.ts" } }',
      'src/old-store.ts': 'export const s = 1',
      'src/new-store.ts': 'export const s = 2',
      'src/page.ts': "import { s } from '#store'",
    })
    expect(await targetsOf(root, 'src/page.ts')).toEqual(['#store -> src/old-store.ts'])
    await writeFile(
      path.join(root, 'package.json'),
      '{ "name": "app", "imports": { "#store": "./src/new-store.ts" } }',
    )
    expect(await targetsOf(root, 'src/page.ts')).toEqual(['#store -> src/new-store.ts'])
  })
})
