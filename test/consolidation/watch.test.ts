/**
 * `launchgate consolidation --watch`: the real command in-process on a temp repository, with real
 * file changes seen by fs.watch; stopped by the signal the process would get from Ctrl-C.
 */
import { spawn } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, it } from '@jest/globals'
import { runCli } from '../../src/cli/main.js'
import { describeChanges, watchedPath } from '../../src/consolidation/watch.js'
import { buildCli } from '../faults/support/cli-child.js'
import { cleanupTemps, writeFiles, writeRepo } from './helpers.js'

afterAll(cleanupTemps)

const CONFIG =
  'consolidation:\n  concerns:\n    - name: socket\n      canonical: [src/socket.ts]\n' +
  '      deprecated: [src/old-socket.ts]\n'

/** Runs the CLI in-process until `stop` is aborted; stdout and stderr readable while it runs. */
function watching(argv: string[], cwd: string, onStderr?: (text: string) => void) {
  const stop = new AbortController()
  const out = { stdout: '', stderr: '' }
  const exited = runCli(['consolidation', '--watch', ...argv], {
    stdout: (s) => void (out.stdout += s),
    stderr: (s) => {
      out.stderr += s
      onStderr?.(s)
    },
    env: {},
    cwd,
    stopSignal: () => stop.signal,
  })
  return { out, exited, stop: () => stop.abort() }
}

async function until(what: string, holds: () => boolean, out: object, ms = 30_000): Promise<void> {
  const end = Date.now() + ms
  while (!holds()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(out)}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

const USES_CANONICAL = "import { socket } from './socket'\nexport const app = socket\n"
const USES_DEPRECATED = "import { socket } from './old-socket'\nexport const app = socket\n"

/** A concern with its canonical and deprecated module, and an app that imports the canonical one. */
function socketRepo(): Promise<string> {
  return writeRepo({
    '.github/launchgate.yml': CONFIG,
    'src/socket.ts': 'export const socket = 1\n',
    'src/old-socket.ts': 'export const socket = 0\n',
    'src/app.ts': USES_CANONICAL,
  })
}

describe('consolidation --watch', () => {
  it('checks again after each change, keeps watching through a broken config, exits with the last result', async () => {
    const root = await socketRepo()
    const run = watching(['--root', root], root)
    // Waits on what the output says, not on a count of checks: a loaded machine may split one
    // write into two events more than the quiet period apart, which is one more (same) check.
    const settled = () => run.out.stderr.endsWith('watching for changes (Ctrl-C to stop)\n')
    await until('the first check', settled, run.out)
    expect(run.out.stdout).not.toContain('deprecated-import')

    await writeFile(path.join(root, 'src/app.ts'), USES_DEPRECATED)
    await until('the re-check after an edit', () => run.out.stdout.includes('deprecated-import'), run.out)
    await until('its end', settled, run.out)
    expect(run.out.stderr).toMatch(/re-checked in \d+ ms after 1 change\(s\) \(src[\\/]app\.ts\)/)

    // A broken config is printed at its line, and the watch goes on.
    await writeFile(path.join(root, '.github/launchgate.yml'), 'consolidation:\n  concerns:\n    - name: x\n')
    await until('the config error', () => /launchgate\.yml:3/.test(run.out.stdout), run.out)
    await until('its end', settled, run.out)

    // The config fixed: the deprecated import is found again, and it is the result the watch exits with.
    await writeFile(path.join(root, '.github/launchgate.yml'), CONFIG)
    const afterError = () => run.out.stdout.slice(run.out.stdout.lastIndexOf('launchgate.yml:3'))
    await until(
      'the re-check with the fixed config',
      () => afterError().includes('deprecated-import'),
      run.out,
    )
    await until('its end', settled, run.out)
    run.stop()
    expect(await run.exited).toBe(1)
  })

  it('loses no change made the moment the first check says it is watching', async () => {
    const root = await socketRepo()
    let edited = false
    const run = watching(['--root', root], root, (text) => {
      if (edited || !text.includes('watching for changes')) return
      edited = true
      writeFileSync(path.join(root, 'src/app.ts'), USES_DEPRECATED)
    })
    await until('the re-check of the edit', () => run.out.stderr.includes('re-checked'), run.out)
    expect(run.out.stdout).toContain('deprecated-import')
    run.stop()
    expect(await run.exited).toBe(1)
  })

  it('ignores its own cache and git folders: no re-check when only they change', async () => {
    const root = await writeRepo({
      '.github/launchgate.yml': CONFIG,
      'src/socket.ts': 'export const socket = 1\n',
    })
    const run = watching(['--root', root, '--cache-dir', 'cache-here'], root)
    await until('the first check', () => run.out.stderr.includes('watching for changes'), run.out)
    await writeFiles(root, { 'cache-here/x.json': '{}', '.git/HEAD': 'ref: x\n', 'node_modules/a/i.js': '' })
    await new Promise((resolve) => setTimeout(resolve, 600))
    expect(run.out.stderr).not.toContain('re-checked')
    run.stop()
    expect(await run.exited).toBe(0)
  })

  it('refuses formats that are one document, and --update-baseline, with exit 2', async () => {
    const root = await writeRepo({ 'src/a.ts': 'export {}\n' })
    const json = watching(['--root', root, '--format', 'json'], root)
    expect(await json.exited).toBe(2)
    expect(json.out.stderr).toContain('--watch prints a report after every change')
    const baseline = watching(['--root', root, '--update-baseline'], root)
    expect(await baseline.exited).toBe(2)
    expect(baseline.out.stderr).toContain('--update-baseline')
  })
})

describe('consolidation --watch as a process', () => {
  it('stops on SIGTERM by itself, with the exit code of the last check', async () => {
    const root = await writeRepo({
      '.github/launchgate.yml': CONFIG,
      'src/socket.ts': 'export const socket = 1\n',
      'src/old-socket.ts': 'export const socket = 0\n',
    })
    const built = await buildCli()
    try {
      const child = spawn(process.execPath, [built.script, 'consolidation', '--watch', '--root', root], {
        cwd: root,
        env: { PATH: process.env.PATH ?? '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let stderr = ''
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
      child.stdout.resume()
      const ended = new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
        child.on('close', (code, signal) => resolve([code, signal])),
      )
      const killer = setTimeout(() => child.kill('SIGKILL'), 60_000)
      await until('the first check', () => stderr.includes('watching for changes'), { stderr })
      child.kill('SIGTERM')
      // Exit 1: the deprecated module is still there. Not killed by the signal: the watch ended.
      expect(await ended).toEqual([1, null])
      clearTimeout(killer)
    } finally {
      await built.close()
    }
  })
})

describe('watchedPath', () => {
  it('skips the folders the scan never lists and the configured cache, keeps the rest', () => {
    expect(watchedPath('src/app.ts')).toBe(true)
    expect(watchedPath('.git/index')).toBe(false)
    expect(watchedPath('packages/a/node_modules/x/index.js')).toBe(false)
    expect(watchedPath('.launchgate/cache/parse.json')).toBe(false)
    // The folders the scan never lists, whatever the config says (build output too).
    expect(watchedPath('web/dist/app.js')).toBe(false)
    expect(watchedPath('build/out.js')).toBe(false)
    expect(watchedPath('api/__pycache__/a.pyc')).toBe(false)
    expect(watchedPath('tmp/cache/x', ['tmp/cache'])).toBe(false)
    expect(watchedPath('tmp/cached.ts', ['tmp/cache'])).toBe(true)
    expect(watchedPath('src\\win.ts', ['src'])).toBe(false)
  })

  it('names at most three changes and counts the rest', () => {
    expect(describeChanges(['a', 'b', 'c', 'd', 'e'])).toBe('5 change(s) (a, b, c, +2 more)')
    expect(describeChanges(['a'])).toBe('1 change(s) (a)')
  })
})
