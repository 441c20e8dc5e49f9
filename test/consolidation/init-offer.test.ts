/** `launchgate init` offers the concerns discovery proposes, commented, in a config that stays valid. */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { parseConfig } from '../../src/config/load.js'
import { runInit } from '../../src/init/run.js'
import { cleanupTemps, writeRepo } from './helpers.js'

afterAll(cleanupTemps)

const PIN = { repository: 'launchgate/launchgate', ref: 'a'.repeat(40), version: 'v0.1.0' }

describe('init offers discovered concerns', () => {
  it('writes them commented under concerns: [] and names them in the report', async () => {
    const root = await writeRepo({
      'package.json': '{"name":"app"}',
      'src/utils/format.ts': 'export const format = (n: number) => n.toFixed(2)\n',
      'src/utils/format 2.ts': 'export const format = (n: number) => n.toFixed(2)\n',
    })
    const { report } = await runInit({ root, pin: PIN })
    const text = await readFile(path.join(root, '.github/launchgate.yml'), 'utf8')
    expect(text).toContain('  #  - name: "tool-copies"')
    expect(text).toContain('  #      - "src/utils/format 2.ts" # 0 importer(s)')
    expect(parseConfig(text, '.github/launchgate.yml').consolidation.concerns).toEqual([])
    const section = report.sections!.find((s) => s.title.startsWith('Proposed concerns'))
    expect(section?.text).toBe('tool-copies: keep src/utils/format.ts; retire 1 module(s)')
  })

  it('offers nothing when there is nothing to consolidate', async () => {
    const root = await writeRepo({ 'package.json': '{"name":"app"}', 'src/a.ts': 'export const a = 1\n' })
    const { report } = await runInit({ root, pin: PIN })
    const text = await readFile(path.join(root, '.github/launchgate.yml'), 'utf8')
    expect(text).not.toContain('Proposed by')
    expect(report.sections!.some((s) => s.title.startsWith('Proposed concerns'))).toBe(false)
  })
})
