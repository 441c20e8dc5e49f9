import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { Command } from 'commander'
import { registerConfig } from '../../src/cli/commands/config.js'
import { prefilterSchema } from '../../src/config/sections/prefilter.js'
import { checkPrefilterConfig, pagesWithoutTools } from '../../src/prefilter/config-check.js'
import { sealTools } from './helpers.js'

const tools = sealTools().slice(0, 40)
const [first, second] = [tools[0]!.name, tools[1]!.name]

describe('the prefilter section checked against its registry', () => {
  it('names pages that map to no tool and core tools that are not there', () => {
    const config = prefilterSchema.parse({
      tools: 'tools.json',
      'core-tools': [first, 'get_time'],
      'min-token-reduction': 0.5,
      pages: { '/trips': [second], '/social': ['community', 'like_post'] },
    })
    expect(pagesWithoutTools(config, tools)).toEqual([
      { page: '/social', unknown: ['community', 'like_post'] },
    ])
    const findings = checkPrefilterConfig(config, tools, '.github/launchgate.yml')
    expect(findings.map((f) => f.rule)).toEqual(['prefilter-core-missing', 'prefilter-page-without-tools'])
    expect(findings[1]!.message).toContain('page /social maps to no tool')
  })

  it('is said by `launchgate config`', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'config-check-'))
    await mkdir(path.join(root, '.github'))
    await writeFile(path.join(root, 'tools.json'), JSON.stringify(tools.map((t) => t.definition)))
    await writeFile(
      path.join(root, '.github/launchgate.yml'),
      `prefilter:\n  tools: tools.json\n  core-tools: [${first}]\n  pages:\n    /social: [community]\n`,
    )
    let stdout = ''
    let code = -1
    const io = { stdout: (s: string) => void (stdout += s), stderr: () => {}, env: {}, cwd: root }
    const program = new Command('launchgate').exitOverride()
    registerConfig(program, io, (c) => void (code = c))
    await program.parseAsync(['config', '--root', root, '--format', 'json'], { from: 'user' })
    const report = JSON.parse(stdout) as { findings: Array<{ rule: string; file: string }> }
    expect(report.findings).toEqual([
      expect.objectContaining({ rule: 'prefilter-page-without-tools', file: '.github/launchgate.yml' }),
    ])
    expect(code).toBe(0)
  })
})
