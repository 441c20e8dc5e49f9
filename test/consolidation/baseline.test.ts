/** Gradual adoption: known violations are matched by identity (concern, rule, file, symbol), never by line. */
import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { BaselineEntry } from '../../src/consolidation/baseline.js'
import { renderMarkdown } from '../../src/report/index.js'
import { cleanupTemps, copyExample, runWithConfigFile, violationsOf } from './helpers.js'

afterAll(cleanupTemps)

const BASELINE = '.github/launchgate-baseline.json'
const baselineOf = async (dir: string) =>
  (JSON.parse(await readFile(path.join(dir, BASELINE), 'utf8')) as { violations: BaselineEntry[] }).violations

describe('baseline', () => {
  let dir: string
  beforeAll(async () => {
    dir = await copyExample()
  })

  it('--update-baseline writes every current violation and then passes', async () => {
    const report = await runWithConfigFile(dir, { updateBaseline: true })
    expect(report.ok).toBe(true)
    const entries = await baselineOf(dir)
    expect(entries).toHaveLength(
      new Set(violationsOf(report).map((v) => JSON.stringify([v.concern, v.rule, v.file, v.symbol]))).size,
    )
    expect(entries).toContainEqual({
      concern: 'pam-websocket',
      rule: 'deprecated-import',
      file: 'frontend/src/pages/ChatPage.tsx',
      symbol: 'frontend/src/hooks/usePamWebSocket.ts',
    })
    expect(violationsOf(report).every((v) => v.status === 'baseline')).toBe(true)
  })

  it('still passes when known violations move to other lines', async () => {
    const file = path.join(dir, 'frontend/src/pages/ChatPage.tsx')
    await writeFile(file, `// moved down\n\n\n${await readFile(file, 'utf8')}`)
    const report = await runWithConfigFile(dir)
    expect(report.ok).toBe(true)
    expect(violationsOf(report).find((v) => v.file.endsWith('ChatPage.tsx'))!.line).toBe(8)
  })

  it('fails on a new violation only, and lists the fixed ones', async () => {
    await writeFile(
      path.join(dir, 'frontend/src/pages/NewPage.tsx'),
      "import { usePamWebSocketV2 } from '@/hooks/usePamWebSocketV2'\nexport const NewPage = () => usePamWebSocketV2(null)\n",
    )
    await rm(path.join(dir, 'frontend/src/components/layout/OfflineBanner.tsx'))
    const report = await runWithConfigFile(dir)
    expect(report.ok).toBe(false)
    const fresh = violationsOf(report).filter((v) => v.status === 'new')
    expect(fresh.map((v) => `${v.rule} ${v.file}`)).toEqual([
      'deprecated-import frontend/src/pages/NewPage.tsx',
    ])
    const baseline = report.data?.baseline as { fixed: BaselineEntry[]; new: number }
    expect(baseline.new).toBe(1)
    expect(baseline.fixed.map((e) => e.file)).toEqual(['frontend/src/components/layout/OfflineBanner.tsx'])
    expect(report.findings.find((f) => f.file?.endsWith('NewPage.tsx'))!.severity).toBe('HIGH')
    // The PR comment leads with the new violation; the known ones are a count, not rows.
    expect(report.findings.map((f) => f.file)).toEqual(['frontend/src/pages/NewPage.tsx'])
    const markdown = renderMarkdown(report)
    const known = violationsOf(report).filter((v) => v.status === 'baseline').length
    expect(known).toBeGreaterThan(20)
    expect(markdown).toContain(`${known} known violation(s) accepted in ${BASELINE}`)
    expect(markdown.indexOf('NewPage.tsx')).toBeLessThan(markdown.indexOf('Audit: pam-websocket'))
    expect(markdown).not.toContain('(baseline)')
  })

  it('--update-baseline adds the new violation and prunes the fixed one', async () => {
    await runWithConfigFile(dir, { updateBaseline: true })
    const files = (await baselineOf(dir)).map((e) => e.file)
    expect(files).toContain('frontend/src/pages/NewPage.tsx')
    expect(files).not.toContain('frontend/src/components/layout/OfflineBanner.tsx')
    expect((await runWithConfigFile(dir)).ok).toBe(true)
  })

  it('rejects a corrupt baseline with a config error naming the file', async () => {
    await writeFile(path.join(dir, BASELINE), '{"violations": [{"rule": 1}]}')
    await expect(runWithConfigFile(dir)).rejects.toThrow(
      /baseline \.github\/launchgate-baseline\.json is not valid/,
    )
  })
})
