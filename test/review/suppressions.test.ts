/**
 * A change cannot switch off its reviewer: suppression comments it adds are reported, and the
 * findings they would hide are still there.
 */
import { describe, expect, it } from '@jest/globals'
import { hits, reviewChange } from './support.js'

describe('suppressions added by the change', () => {
  it('reports eslint-disable next to eval and still reports the eval', async () => {
    const code =
      'export function run(input: string) {\n  return eval(input) // eslint-disable-line no-eval\n}\n'
    const out = await reviewChange({}, { 'src/run.ts': code }, { agents: ['security-auditor'] })
    expect(hits(out)).toEqual(
      expect.arrayContaining(['no-eval@src/run.ts:2', 'suppression-added@src/run.ts:2']),
    )
    expect(out.findings.find((f) => f.rule === 'suppression-added')?.severity).toBe('HIGH')
  })

  it('reports # nosec on a shell command built from the request, and the injection', async () => {
    const code = [
      'import subprocess',
      'from flask import request',
      '@app.post("/ping")',
      'def ping():',
      '    host = request.form["host"]',
      '    subprocess.run("ping -c 1 " + host, shell=True)  # nosec B602',
      '',
    ].join('\n')
    const out = await reviewChange({}, { 'app.py': code }, { agents: ['security-auditor'] })
    expect(hits(out)).toEqual(['command-injection@app.py:6', 'suppression-added@app.py:6'])
    expect(out.findings.map((f) => f.severity)).toEqual(['CRITICAL', 'HIGH'])
  })

  it('a @ts-ignore on harmless code is LOW; an untouched old suppression is not reported', async () => {
    const before = { 'src/old.ts': '// eslint-disable-next-line no-eval\nexport const v = eval("1")\n' }
    const out = await reviewChange(
      before,
      { 'src/a.ts': '// @ts-ignore\nexport const n: number = "1"\n' },
      { agents: ['security-auditor', 'code-reviewer'] },
    )
    expect(out.findings.map((f) => `${f.rule}@${f.file}:${f.line}:${f.severity}`)).toEqual([
      'suppression-added@src/a.ts:1:LOW',
    ])
  })
})
