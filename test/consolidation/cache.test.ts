/** The content-keyed parse cache: a warm run re-parses only what changed, with no git at all. */
import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { OXC_PARSER_VERSION } from '../../src/consolidation/cache.js'
import type { ScanStats } from '../../src/consolidation/graph.js'
import { REPO_ROOT } from '../support/runner.js'
import { cleanupTemps, copyExample, runWithConfigFile, violationsOf } from './helpers.js'

afterAll(cleanupTemps)

const statsOf = (data: Record<string, unknown> | undefined) => data?.stats as ScanStats

describe('parse cache', () => {
  it('serves unchanged files from the cache and re-parses a changed one', async () => {
    const dir = await copyExample()
    const cacheDir = path.join(dir, '.launchgate/cache')
    const cold = await runWithConfigFile(dir, { cacheDir })
    expect(statsOf(cold.data).parsed).toBeGreaterThan(40)

    const warm = await runWithConfigFile(dir, { cacheDir })
    expect(statsOf(warm.data).parsed).toBe(0)
    expect(statsOf(warm.data).cached).toBe(statsOf(warm.data).sources)
    expect(violationsOf(warm)).toEqual(violationsOf(cold))

    const page = path.join(dir, 'frontend/src/pages/ChatPage.tsx')
    await writeFile(
      page,
      (await readFile(page, 'utf8')).replace("usePamWebSocket'", "usePamWebSocketUnified'"),
    )
    const changed = await runWithConfigFile(dir, { cacheDir })
    expect(statsOf(changed.data).parsed).toBe(1)
    expect(
      violationsOf(changed).some((v) => v.file.endsWith('ChatPage.tsx') && v.rule === 'deprecated-import'),
    ).toBe(false)
  })

  it('names the oxc-parser version actually installed (bump it with the dependency)', async () => {
    const pkg = JSON.parse(
      await readFile(path.join(REPO_ROOT, 'node_modules/oxc-parser/package.json'), 'utf8'),
    ) as {
      version: string
    }
    expect(OXC_PARSER_VERSION).toBe(pkg.version)
  })
})
