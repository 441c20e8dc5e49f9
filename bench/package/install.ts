/**
 * A consumer's `npm install` of the packed tarball into an empty project: its size on disk, how
 * many packages it brought, and which of them would warn on the lowest supported Node.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

/** The lowest Node the package supports (package.json `engines`); no dependency may refuse it. */
export const LOWEST_NODE = '22.12.0'

// semver comes with npm's own toolchain in node_modules; its range grammar is not worth rewriting.
const semver = createRequire(import.meta.url)('semver') as {
  satisfies(version: string, range: string): boolean
}

export interface Install {
  bytes: number
  packages: number
  /** `name@version (engines.node)` of each installed package whose engines exclude {@link LOWEST_NODE}. */
  engineWarnings: string[]
}

interface Manifest {
  name?: string
  version?: string
  engines?: { node?: string }
}

/** Every package folder under `modules` (scoped and nested ones too). */
function packageDirs(modules: string): string[] {
  const out: string[] = []
  for (const name of safeList(modules)) {
    if (name.startsWith('.')) continue
    const dir = path.join(modules, name)
    if (name.startsWith('@')) {
      for (const inner of safeList(dir))
        out.push(path.join(dir, inner), ...packageDirs(path.join(dir, inner, 'node_modules')))
    } else out.push(dir, ...packageDirs(path.join(dir, 'node_modules')))
  }
  return out
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}

/** Bytes of every file under `dir` (apparent size, as npm reports unpacked sizes). */
function treeBytes(dir: string): number {
  let total = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size
  }
  return total
}

/** Installs `tarball` into the project at `project` and measures what landed. */
export function installed(project: string, tarball: string): Install {
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], {
    cwd: project,
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  const modules = path.join(project, 'node_modules')
  const dirs = packageDirs(modules)
  const engineWarnings: string[] = []
  for (const dir of dirs) {
    let manifest: Manifest
    try {
      manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Manifest
    } catch {
      continue
    }
    const range = manifest.engines?.node
    if (range && !semver.satisfies(LOWEST_NODE, range)) {
      engineWarnings.push(`${manifest.name}@${manifest.version} (${range})`)
    }
  }
  return { bytes: treeBytes(modules), packages: dirs.length, engineWarnings }
}
