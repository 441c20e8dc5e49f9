/** Resolved imports kept between runs: reused while the repository's shape holds, dropped when it changes. */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { ParseCache } from '../../src/consolidation/cache.js'
import { buildGraph } from '../../src/consolidation/graph.js'
import { cleanupTemps, writeRepo } from './helpers.js'

afterAll(cleanupTemps)

async function targetsOf(root: string, file: string): Promise<string[]> {
  const cache = await ParseCache.open(path.join(root, '.cache'))
  const { graph } = await buildGraph({
    root,
    include: ['**/*'],
    exclude: ['.cache/**'],
    maxFileBytes: 1_000_000,
    signatures: [],
    fingerprint: () => false,
    cache,
  })
  await cache.save()
  return graph.files.get(file)!.imports.map((i) => `${i.specifier} -> ${i.target ?? 'unresolved'}`)
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
    const stored = JSON.parse(await readFile(path.join(root, '.cache/resolutions-v1.json'), 'utf8'))
    expect(stored.files['src/page.ts'][1]).toEqual(['src/x.ts', ''])
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
