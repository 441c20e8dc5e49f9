/**
 * Which files the check looks at: the config's include/exclude globs over the root, minus folders
 * that are never source (dependencies, build output, VCS). Symlinked folders are not followed, so a
 * symlink loop cannot make the walk endless.
 */
import { glob } from 'tinyglobby'
import type { Language } from './types.js'

/** Folders skipped whatever the config says. */
export const DEFAULT_IGNORES = [
  '**/node_modules/**',
  '**/dist/**',
  '**/build/**',
  '**/.git/**',
  '**/.launchgate/**',
  '**/__pycache__/**',
]

const LANGUAGES: Record<string, Language> = {
  ts: 'js',
  tsx: 'js',
  mts: 'js',
  cts: 'js',
  js: 'js',
  jsx: 'js',
  mjs: 'js',
  cjs: 'js',
  py: 'python',
}

/** The language of a path by its extension, or undefined when it is not source the check parses. */
export function languageOf(file: string): Language | undefined {
  const dot = file.lastIndexOf('.')
  return dot < 0 ? undefined : LANGUAGES[file.slice(dot + 1).toLowerCase()]
}

/** Every file under `root` matched by `include` and not by `exclude`, relative, sorted. */
export async function listFiles(root: string, include: string[], exclude: string[]): Promise<string[]> {
  const files = await glob(include, {
    cwd: root,
    ignore: [...DEFAULT_IGNORES, ...exclude],
    dot: false,
    onlyFiles: true,
    followSymbolicLinks: false,
    expandDirectories: false,
  })
  return files.sort()
}
