/**
 * A content-keyed parse cache: the key is a hash of the file's bytes, its language and the parser
 * versions, so it needs no git history and stays right on a shallow CI clone or after a rebase. It is
 * one JSON file read at the start and written at the end of a run, holding only the entries that
 * run used (stale ones fall away by themselves).
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { FINGERPRINT_VERSION } from './fingerprint.js'
import type { Language, ParsedSource } from './types.js'

/**
 * Versions that change what a parse yields. The oxc-parser version is pinned here rather than read
 * from its package.json, which is not there once bundled; a test keeps the two in step.
 */
export const OXC_PARSER_VERSION = '0.159.0'
const CACHE_VERSION = `lg3-oxc${OXC_PARSER_VERSION}-fp${FINGERPRINT_VERSION}`
const FILE_NAME = `consolidation-${CACHE_VERSION}.json`

/** The cache key of a file's content. */
export function contentKey(language: Language, text: string): string {
  return createHash('sha1').update(language).update('\0').update(text).digest('base64url')
}

/** Parsed sources by content key, loaded from and saved to one folder. */
export class ParseCache {
  private readonly used = new Map<string, ParsedSource>()
  private changed = false
  hits = 0
  misses = 0

  private constructor(
    private readonly file: string | undefined,
    private readonly stored: Map<string, ParsedSource>,
  ) {}

  /** Opens the cache in `dir`; a missing or corrupt file is an empty cache. No dir: in memory only. */
  static async open(dir: string | undefined): Promise<ParseCache> {
    if (!dir) return new ParseCache(undefined, new Map())
    const file = path.join(dir, FILE_NAME)
    try {
      const entries = JSON.parse(await readFile(file, 'utf8')) as Record<string, ParsedSource>
      return new ParseCache(file, new Map(Object.entries(entries)))
    } catch {
      return new ParseCache(file, new Map())
    }
  }

  /** The cached parse of a content key, if any; counts a hit or a miss. */
  get(key: string): ParsedSource | undefined {
    const found = this.used.get(key) ?? this.stored.get(key)
    if (found) {
      this.hits++
      this.used.set(key, found)
    } else this.misses++
    return found
  }

  set(key: string, parsed: ParsedSource): void {
    this.used.set(key, parsed)
    this.changed = true
  }

  /** Writes the entries used in this run (atomically, so a parallel run never reads half a file). */
  async save(): Promise<void> {
    if (!this.file || (!this.changed && this.used.size === this.stored.size)) return
    await mkdir(path.dirname(this.file), { recursive: true })
    const tmp = `${this.file}.${process.pid}.tmp`
    await writeFile(tmp, JSON.stringify(Object.fromEntries(this.used)))
    await rename(tmp, this.file)
  }
}
