/**
 * Which files the check looks at: the config's include/exclude globs over the root, minus folders
 * that are never source (dependencies, build output, VCS). Symlinked folders are not followed, so a
 * symlink loop cannot make the walk endless.
 */
import { readdirSync, type Dirent } from 'node:fs'
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
  if (include.length === 1 && include[0] === EVERYTHING && exclude.length === 0) return walkEverything(root)
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

/** The default `include`. */
const EVERYTHING = '**/*'

/** The folder names {@link DEFAULT_IGNORES} skip at any depth (the walk and the watch mode skip them too). */
export const IGNORED_FOLDERS: ReadonlySet<string> = new Set(
  DEFAULT_IGNORES.map((glob) => glob.split('/')[1]!),
)

/**
 * What `glob(['**\/*'])` lists with the default ignores: every regular file (no symlink, no
 * FIFO), no name starting with a dot, no ignored folder. A plain walk lists a repository in a
 * third of the time: the globber matches every path against every ignore pattern.
 */
function walkEverything(root: string): string[] {
  const out: string[] = []
  const folders = ['']
  for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
    for (const entry of readFolder(folder ? `${root}/${folder}` : root)) {
      if (entry.name.startsWith('.')) continue
      const relative = folder ? `${folder}/${entry.name}` : entry.name
      if (entry.isDirectory()) {
        if (!IGNORED_FOLDERS.has(entry.name)) folders.push(relative)
      } else if (entry.isFile()) out.push(relative)
    }
  }
  return out.sort()
}

/** A folder's entries; one that cannot be read is empty, as the globber has it. */
function readFolder(folder: string): Dirent[] {
  try {
    return readdirSync(folder, { withFileTypes: true })
  } catch {
    return []
  }
}
