/**
 * The CLI as a child process built from the current sources, so a test can kill it with SIGKILL
 * at a step boundary. dist/cli.js is rebuilt only by the integrator; esbuild bundles
 * src/cli/index.ts here in about a second: packages stay external (found through a node_modules
 * link beside the bundle) and each command's modules stay in chunks loaded on demand, as in dist/.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, rm, symlink } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { build } from 'esbuild'
import { REPO_ROOT } from '../../support/runner.js'

/** A bundled CLI; `close()` removes it. */
export interface BuiltCli {
  script: string
  close(): Promise<void>
}

/** Bundles the CLI of the work tree into a temporary folder. */
export async function buildCli(): Promise<BuiltCli> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lg-cli-'))
  await symlink(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  await build({
    entryPoints: { cli: path.join(REPO_ROOT, 'src/cli/index.ts') },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    logLevel: 'error',
  })
  return { script: path.join(dir, 'cli.mjs'), close: () => rm(dir, { recursive: true, force: true }) }
}

/** How a child run ended: `code` null and `signal` set when it was killed. */
export interface ChildRun {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

export interface ChildOptions {
  cwd: string
  env: Record<string, string>
  /** Called with the pid once it runs (to kill it at a step boundary). */
  onSpawn?: (pid: number) => void
  timeoutMs?: number
}

/** Runs `node <script> ...args` with only the given environment (plus PATH). */
export function runChild(script: string, args: string[], options: ChildOptions): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? '', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    if (child.pid !== undefined) options.onSpawn?.(child.pid)
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000)
    child.on('error', reject)
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      resolve({ code, signal, stdout, stderr })
    })
  })
}
