/**
 * Package workspaces (npm/yarn `workspaces` in package.json, pnpm-workspace.yaml): a map from each
 * workspace package's name to its folder, so `import x from '@acme/ui'` resolves to the source in
 * the repository even when node_modules is not installed.
 */
import path from 'node:path'
import { glob } from 'tinyglobby'
import { parse as parseYaml } from 'yaml'
import { readInputFile } from '../config/read-input.js'
import { DEFAULT_IGNORES } from './scan.js'

/** Package name → absolute folder. */
export type WorkspaceMap = Map<string, string>

async function readJson(file: string): Promise<Record<string, unknown> | undefined> {
  try {
    return JSON.parse(await readInputFile(file)) as Record<string, unknown>
  } catch {
    return undefined
  }
}

/** The workspace globs a root declares, from package.json or pnpm-workspace.yaml. */
async function workspacePatterns(root: string): Promise<string[]> {
  const pkg = await readJson(path.join(root, 'package.json'))
  const declared = pkg?.workspaces
  const fromPkg = Array.isArray(declared)
    ? declared
    : ((declared as { packages?: unknown } | undefined)?.packages ?? [])
  let fromPnpm: unknown = []
  try {
    const text = await readInputFile(path.join(root, 'pnpm-workspace.yaml'))
    fromPnpm = (parseYaml(text) as { packages?: unknown } | null)?.packages ?? []
  } catch {
    // No pnpm workspace file: only package.json counts.
  }
  return [fromPkg, fromPnpm].flatMap((list) =>
    Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string') : [],
  )
}

/** Finds the workspace packages of `root`; an empty map when it declares none. */
export async function findWorkspaces(root: string): Promise<WorkspaceMap> {
  const patterns = await workspacePatterns(root)
  const map: WorkspaceMap = new Map()
  if (patterns.length === 0) return map
  const manifests = await glob(
    patterns.filter((p) => !p.startsWith('!')).map((p) => `${p.replace(/\/$/, '')}/package.json`),
    {
      cwd: root,
      ignore: [...DEFAULT_IGNORES, ...patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1))],
      followSymbolicLinks: false,
      expandDirectories: false,
    },
  )
  for (const manifest of manifests.sort()) {
    const name = (await readJson(path.join(root, manifest)))?.name
    if (typeof name === 'string' && !map.has(name)) map.set(name, path.join(root, path.dirname(manifest)))
  }
  return map
}
