/**
 * The `kind` of an error in JSON output is its name, and scripts match on it: it must be the same
 * from the sources and from the bundle (esbuild renames classes, e.g. `_ConfigurationError`).
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from '@jest/globals'
import { cli } from './support/cli.js'

const exec = promisify(execFile)
const SRC = path.resolve('src')

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath, e.name))
}

describe('error kinds', () => {
  it('every concrete error class names itself with a literal equal to its class name', async () => {
    const missing: string[] = []
    let classes = 0
    for (const file of await sources(SRC)) {
      const text = await readFile(file, 'utf8')
      for (const match of text.matchAll(/^(export )?(abstract )?class (\w+) extends \w*Error\b[^{]*\{/gm)) {
        if (match[2]) continue
        classes++
        const name = match[3]!
        const body = text.slice(match.index! + match[0].length, match.index! + match[0].length + 400)
        if (!body.includes(`override readonly name: string = '${name}'`)) {
          missing.push(`${path.relative(SRC, file)}: ${name}`)
        }
      }
    }
    expect(classes).toBeGreaterThan(10)
    expect(missing).toEqual([])
  })

  it('the bundled CLI reports the same kind as the sources', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'lg-kind-'))
    try {
      const run = await exec(
        process.execPath,
        [path.resolve('bin/launchgate.js'), 'monitor', '--replay', 'absent.json', '--format', 'json'],
        { cwd: dir, env: { PATH: process.env.PATH ?? '' } },
      ).catch((error: { code: number; stdout: string }) => error)
      expect('code' in run ? run.code : 0).toBe(2)
      const bundled = JSON.parse(run.stdout) as { error: { kind: string } }
      const source = await cli(['monitor', '--replay', 'absent.json', '--format', 'json'], dir)
      expect(source.code).toBe(2)
      expect((JSON.parse(source.stdout) as { error: { kind: string } }).error.kind).toBe('ConfigurationError')
      expect(bundled.error.kind).toBe('ConfigurationError')
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
