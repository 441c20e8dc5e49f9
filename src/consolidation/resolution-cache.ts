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
import path from 'node:path'
import { readStore, writeStore, type StoredState } from './journaled-store.js'

const FILE_NAME = 'resolutions-v2.json'
const CONFIG_FILE = /(^|\/)(tsconfig[^/]*\.json|jsconfig[^/]*\.json|package\.json)$/

/** Root-relative file → [content key, target per import ('' when unresolved)]. */
type Row = [string, string[]]

/** The repository's shape as far as resolution is concerned, as one hash. */
export function resolutionState(root: string, allFiles: string[], extra: string): string {
  const hash = createHash('sha1').update(root).update('\0').update(extra).update('\0')
  // The listing as one string: one native call instead of two per file.
  hash.update(allFiles.join('\n'))
  for (const file of allFiles) {
    if (!CONFIG_FILE.test(file)) continue
    hash.update(`\0${file}\0`)
    try {
      hash.update(readFileSync(path.join(root, file)))
    } catch {
      hash.update('\0unreadable')
    }
  }
  return hash.digest('hex')
}

/** Targets by file and content key, for one state of the repository. */
export class ResolutionCache {
  private readonly fresh = new Map<string, Row>()

  private constructor(
    private readonly file: string | undefined,
    private readonly state: string,
    private readonly stored: StoredState<Row>,
  ) {}

  /** Opens the cache in `dir` for `state`; another state, a missing or a corrupt file: empty. */
  static async open(dir: string | undefined, state: string): Promise<ResolutionCache> {
    if (!dir) return new ResolutionCache(undefined, state, { sections: { files: {} }, journal: {} })
    const file = path.join(dir, FILE_NAME)
    return new ResolutionCache(file, state, await readStore<Row>(file, state, ['files']))
  }

  private get rows(): Record<string, Row> {
    return this.stored.sections.files!
  }

  /** The targets cached for `file` at content `key` (`''` = unresolved), if any. */
  get(file: string, key: string): string[] | undefined {
    const row = this.rows[file]
    if (!row || row[0] !== key) return undefined
    this.fresh.set(file, row)
    return row[1]
  }

  /**
   * The row stored for `file` whatever its content key: `[content key, targets]` of its content
   * when last resolved in this same state, for reusing the targets of the specifiers it kept.
   */
  previous(file: string): Readonly<Row> | undefined {
    return this.rows[file]
  }

  set(file: string, key: string, targets: string[]): void {
    this.fresh.set(file, [key, targets])
  }

  /** Saves the rows of this run: nothing, the journal of what changed, or a new base. */
  async save(): Promise<void> {
    if (!this.file) return
    await writeStore(this.file, this.state, this.stored, { files: this.fresh })
  }
}
