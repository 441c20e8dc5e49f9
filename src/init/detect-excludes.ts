/**
 * Folders and files that are not the app's source: dependencies, build output, vendored code,
 * archives and backups, and Finder-style copies (`useSocket 2.ts`). Found once, they are left out
 * of project detection and written as excludes, so the review and the consolidation check do not
 * report on code nobody ships.
 */
import { glob } from 'tinyglobby'

/** Folder names that hold code that is not maintained as source. */
const NOT_SOURCE = [
  'node_modules',
  'dist',
  'build',
  'vendor',
  'third_party',
  'generated',
  '__generated__',
  'archive',
  'archives',
  'backup',
  'backups',
]
/** Build output appears in every package of a monorepo: one glob covers them all. */
const BUILD_OUTPUT = ['node_modules', 'dist', 'build']
/** Source copies a file manager makes: `name 2.ts`, `name copy.ts`. */
const COPY = /(?: [2-9]| copy(?: [0-9]+)?)\.[a-z]+$/i
const SOURCE_EXT = '{ts,tsx,js,jsx,mjs,cjs,py}'

export interface ExcludeFacts {
  /** Globs of the folders found, e.g. `backups/**`, `**\/node_modules/**`. */
  folders: string[]
  /** Copies found (paths), and the glob that matches them. */
  copies: string[]
  copyGlobs: string[]
}

/** Finds the folders and copies under `root` (dot-folders and .git are never walked). */
export async function detectExcludes(root: string): Promise<ExcludeFacts> {
  const dirs = await glob([`**/{${NOT_SOURCE.join(',')}}`], {
    cwd: root,
    onlyDirectories: true,
    // A matched folder's contents are not wanted, only the folder; nothing inside another
    // excluded folder needs a glob of its own either.
    expandDirectories: false,
    ignore: ['**/node_modules/*/**', '**/.git/**'],
    deep: 4,
  })
  const folders = new Set<string>()
  for (const dir of dirs.map((d) => d.replace(/\/$/, '')).sort()) {
    const name = dir.split('/').pop() ?? dir
    // Inside an excluded folder nothing more needs a glob of its own.
    if ([...folders].some((f) => !f.startsWith('**/') && dir.startsWith(f.slice(0, -2)))) continue
    // One `**/name/**` covers every package's build output; an archive or vendor folder stays precise.
    folders.add(BUILD_OUTPUT.includes(name) ? `**/${name}/**` : `${dir}/**`)
  }
  const candidates = await glob([`**/* *.${SOURCE_EXT}`], {
    cwd: root,
    ignore: ['**/node_modules/**', '**/.git/**', ...folders],
  })
  const copies = candidates.filter((f) => COPY.test(f)).sort()
  const copyGlobs = [
    ...new Set(copies.map((f) => (/ copy(?: [0-9]+)?\./i.test(f) ? '**/* copy*.*' : '**/* [2-9].*'))),
  ].sort()
  return { folders: [...folders].sort(), copies, copyGlobs }
}
