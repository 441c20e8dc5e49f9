/**
 * The package as a consumer gets it, shared by the package tests: `npm pack`, then `npm install
 * <tarball>` into an empty project outside the repository (so nothing resolves from the
 * repository's node_modules), from the npm cache that `npm ci` filled when it can.
 */
import { execFileSync, spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { REPO_ROOT } from '../support/runner.js'

/** Writes `files` under `dir`, creating folders. */
export function writeTree(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), text)
  }
}

/** A temporary project with the packed tarball installed; its folder. */
export function installPacked(prefix: string): string {
  const work = mkdtempSync(path.join(os.tmpdir(), prefix))
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: REPO_ROOT, encoding: 'utf8' }),
  ) as { filename: string }[]
  writeFileSync(path.join(work, 'package.json'), JSON.stringify({ name: 'consumer', private: true }))
  npmInstall(work, path.join(work, packed[0]!.filename))
  return work
}

/** `npm install <spec>` in `project`, offline-first. */
export function npmInstall(project: string, spec: string): void {
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', spec], {
    cwd: project,
    stdio: 'ignore',
  })
}

/**
 * Runs a Node script (a CLI's bin) with `args`: its status and output. Asynchronous, so a server
 * in the test's own process can answer it.
 */
export function runNode(
  script: string,
  args: string[],
  cwd: string,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (status) => resolve({ status, stdout, stderr }))
  })
}

/** A git repository whose HEAD adds `files` on top of an empty base commit; its folder. */
export function changeRepo(dir: string, files: Record<string, string>): string {
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
      cwd: dir,
      stdio: 'ignore',
    })
  mkdirSync(dir, { recursive: true })
  git('init', '-q', '-b', 'main')
  git('commit', '-q', '--allow-empty', '-m', 'base')
  writeTree(dir, files)
  git('add', '.')
  git('commit', '-q', '-m', 'head')
  return dir
}
