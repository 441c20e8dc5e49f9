import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { Command } from 'commander'
import { registerPrefilter } from '../../src/cli/commands/prefilter.js'
import { emitError } from '../../src/cli/output.js'
import { learnAssociations, parseAssociations, parseLog } from '../../src/prefilter/learn.js'
import { ToolPrefilter } from '../../src/prefilter/prefilter.js'
import { redactPersonalData } from '../../src/prefilter/redact.js'
import { withAssociations } from '../../src/prefilter/settings.js'
import { sealTools } from './helpers.js'

const tools = sealTools().slice(0, 120)
const [first, second, third] = [tools[3]!.name, tools[7]!.name, tools[11]!.name]

/** A log where users call `first` with words its definition lacks, and `second` follows it. */
const log = [
  { message: 'hit the wibbly frobnicator for me, mail jo@example.com', calledTools: [first, second] },
  { message: 'pull the wibbly frobnicator again', calledTools: [first] },
  { message: 'and now the other thing', context: { recentTools: [first] }, calledTools: [second] },
  { message: 'wibbly frobnicator time, call +1 555 123 4567', calledTools: [first, third] },
  { message: 'something unrelated', calledTools: [third] },
]
  .map((t) => JSON.stringify(t))
  .join('\n')

async function cli(args: string[], cwd: string) {
  let stdout = ''
  let stderr = ''
  let code = 0
  const io = {
    stdout: (s: string) => void (stdout += s),
    stderr: (s: string) => void (stderr += s),
    env: {},
    cwd,
  }
  const program = new Command('launchgate').exitOverride()
  registerPrefilter(program, io, (c) => void (code = c))
  try {
    await program.parseAsync(args, { from: 'user' })
  } catch (error) {
    code = emitError(io, error, 'json')
  }
  return { code, stdout, stderr }
}

describe('prefilter learn', () => {
  it('learns the words users say for a tool and what follows it', () => {
    const learned = learnAssociations(parseLog(log, 'log.jsonl'))
    expect(learned.aliases[first]).toEqual(['frobnicator', 'wibbly'])
    expect(learned.companions[first]).toEqual([second])
    expect(learned.aliases[third]).toBeUndefined()
  })

  it('makes the prefilter find the tool by those words', () => {
    const learned = learnAssociations(parseLog(log, 'log.jsonl'))
    const before = new ToolPrefilter(tools).filter('wibbly frobnicator')
    expect(before.fallback).toBe(true)
    const after = new ToolPrefilter(tools, withAssociations({}, learned)).filter('wibbly frobnicator')
    expect(after.fallback).toBe(false)
    expect(after.tools.map((t) => t.name)).toContain(first)
  })

  it('names the line of a bad log entry', () => {
    expect(() => parseLog('{"message": "x", "calledTools": []}\n{"message": 3}', 'log.jsonl')).toThrow(
      /^log\.jsonl:2: expected \{"message"/,
    )
  })

  it('masks personal data in harvested cases', () => {
    expect(redactPersonalData('mail jo@example.com or call +1 555 123 4567 at 45.5231, -122.6765')).toBe(
      'mail <email> or call <phone> at <coordinates>',
    )
  })

  it('writes the association file and redacted cases from the command line, with the app hook', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'learn-'))
    await writeFile(path.join(dir, 'log.jsonl'), log)
    await writeFile(path.join(dir, 'tools.json'), JSON.stringify(tools.map((t) => t.definition)))
    await writeFile(
      path.join(dir, 'redact.mjs'),
      "export default (m) => m.replace(/frobnicator/g, '<thing>')\n",
    )
    const run = await cli(
      [
        'prefilter',
        'learn',
        '--log',
        'log.jsonl',
        '--out',
        'associations.json',
        '--cases-out',
        'cases.jsonl',
        '--tools',
        'tools.json',
        '--redact',
        'redact.mjs',
        '--root',
        dir,
        '--format',
        'json',
      ],
      dir,
    )
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    const learned = parseAssociations(await readFile(path.join(dir, 'associations.json'), 'utf8'), 'a')
    expect(learned.companions[first]).toEqual([second])
    const cases = (await readFile(path.join(dir, 'cases.jsonl'), 'utf8')).trim().split('\n')
    expect(cases).toHaveLength(5)
    expect(cases[0]).toContain('hit the wibbly <thing> for me, mail <email>')
    expect(cases.join('\n')).not.toContain('555')
  })
})
