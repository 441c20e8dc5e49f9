/**
 * Resolved import targets of each file, kept between runs. Resolution is the largest cost of a
 * re-run once parses come from the parse cache (oxc-resolver touches the file system for every
 * specifier), and its result depends only on the file's content and on the repository's shape:
 * which files exist and what the tsconfig, jsconfig and package.json files say. The cache is
 * keyed by that shape (a file added or removed, or a config edited, empties it) and each entry by
 * the file's content key (an edited file is resolved again).
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

const FILE_NAME = 'resolutions-v1.json'
const CONFIG_FILE = /(^|\/)(tsconfig[^/]*\.json|jsconfig[^/]*\.json|package\.json)$/

interface StoredResolutions {
  state: string
  /** Root-relative file → [content key, target per import ('' when unresolved)]. */
  files: Record<string, [string, string[]]>
}

/** The repository's shape as far as resolution is concerned, as one hash. */
export function resolutionState(root: string, allFiles: string[], extra: string): string {
  const hash = createHash('sha1').update(root).update('\0').update(extra).update('\0')
  for (const file of allFiles) {
    hash.update(file).update('\n')
    if (CONFIG_FILE.test(file)) {
      try {
        hash.update(readFileSync(path.join(root, file)))
      } catch {
        hash.update('\0unreadable')
      }
    }
  }
  return hash.digest('hex')
}

/** Targets by file and content key, for one state of the repository. */
export class ResolutionCache {
  private readonly fresh = new Map<string, [string, string[]]>()
  private changed = false

  private constructor(
    private readonly file: string | undefined,
    private readonly state: string,
    private readonly stored: Record<string, [string, string[]]>,
  ) {}

  /** Opens the cache in `dir` for `state`; another state, a missing or a corrupt file: empty. */
  static async open(dir: string | undefined, state: string): Promise<ResolutionCache> {
    if (!dir) return new ResolutionCache(undefined, state, {})
    const file = path.join(dir, FILE_NAME)
    try {
      const stored = JSON.parse(await readFile(file, 'utf8')) as StoredResolutions
      return new ResolutionCache(file, state, stored.state === state && stored.files ? stored.files : {})
    } catch {
      return new ResolutionCache(file, state, {})
    }
  }

  /** The targets cached for `file` at content `key` (`''` = unresolved), if any. */
  get(file: string, key: string): string[] | undefined {
    const row = this.stored[file]
    if (!row || row[0] !== key) return undefined
    this.fresh.set(file, row)
    return row[1]
  }

  set(file: string, key: string, targets: string[]): void {
    this.fresh.set(file, [key, targets])
    this.changed = true
  }

  /** Writes the entries of this run, atomically. */
  async save(): Promise<void> {
    if (!this.file) return
    if (!this.changed && this.fresh.size === Object.keys(this.stored).length) return
    await mkdir(path.dirname(this.file), { recursive: true })
    const tmp = `${this.file}.${process.pid}.tmp`
    const data: StoredResolutions = { state: this.state, files: Object.fromEntries(this.fresh) }
    await writeFile(tmp, JSON.stringify(data))
    await rename(tmp, this.file)
  }
}
