/**
 * Numbers YAML reads as infinity (1e999, .inf) or not-a-number (.nan) in the config: exit 2 at the
 * value's file:line:column with what was read, never "got number null" (JSON's rendering of both).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { cli } from '../support/cli.js'

let root: string
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'lg-numbers-'))
  await mkdir(join(root, '.github'))
})
afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

async function check(key: string, value: string) {
  const text = `version: 1\nmonitor:\n  thresholds:\n    ${key}: ${value}\n`
  await writeFile(join(root, '.github', 'launchgate.yml'), text)
  // JSON on stdout for a program; the problems on stderr for the person watching.
  return cli(['config', '--root', root, '--format', 'json'], root, {})
}

describe('config numbers out of range of a number', () => {
  it.each([
    ['error-rate', '1e999', 'infinity'],
    ['error-rate', '-1e999', 'minus infinity'],
    ['p95-ms', '.inf', 'infinity'],
    ['websocket-failure-rate', '.nan', 'not a number (.nan)'],
  ])('%s: %s is exit 2 at file:line:column, saying %s', async (key, value, said) => {
    const run = await check(key, value)
    expect(run.code).toBe(2)
    const column = 4 + key.length + 3
    expect(run.stderr).toContain(
      `.github/launchgate.yml:4:${column}: monitor.thresholds.${key}: expected number, got ${said}`,
    )
    expect(run.stderr).toContain('write a finite number')
    const doc = JSON.parse(run.stdout) as { findings: Array<Record<string, unknown>> }
    expect(doc.findings[0]).toMatchObject({ file: '.github/launchgate.yml', line: 4, column })
    expect(run.stderr).not.toContain('null')
    expect(run.stderr).not.toMatch(/\n\s+at /)
  })

  it('a finite share is still accepted', async () => {
    const run = await check('error-rate', '0.02')
    expect(run.code).toBe(0)
  })
})
