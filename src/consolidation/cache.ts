/**
 * A content-keyed parse cache: the key is a hash of the file's bytes, its language and the parser
 * versions, so it needs no git history and stays right on a shallow CI clone or after a rebase. It is
 * one journaled store (journaled-store.ts) read at the start and saved at the end of a run, holding
 * only the entries that run used (stale ones fall away by themselves); a re-run after a small edit
 * writes only its journal.
 *
 * In front of the content keys sits a stat table, as git's index and ESLint's cache keep one: a
 * file whose size, mtime, ctime and inode are those seen when it was last hashed is taken to have
 * the same content key, so an unchanged file is neither read nor hashed. ctime cannot be set from
 * user space (`touch -d`, `utimes` and every write move it to now), so new content is seen even when
 * size and mtime are forced back to old values. A file changed within {@link RACY_MS} of being
 * hashed has no row (a second write in the same timestamp tick could leave every field equal), so
 * it is hashed again on the next run: git's "racily clean" rule.
 */
import { createHash } from 'node:crypto'
import type { Stats } from 'node:fs'
import path from 'node:path'
import { decodeSource, encodeSource, type StoredSource } from './cache-rows.js'
import { FINGERPRINT_VERSION } from './fingerprint.js'
import { readStore, writeStore, type StoredState } from './journaled-store.js'
import type { Language, ParsedSource, SignatureHit } from './types.js'

/**
 * Versions that change what a parse yields. The oxc-parser version is pinned here rather than read
 * from its package.json, which is not there once bundled; a test keeps the two in step.
 */
export const OXC_PARSER_VERSION = '0.159.0'
const CACHE_VERSION = `lg6-oxc${OXC_PARSER_VERSION}-fp${FINGERPRINT_VERSION}`
const FILE_NAME = `consolidation-${CACHE_VERSION}.json`

/** Files whose mtime or ctime is this recent when hashed get no stat row (coarse timestamps, FAT's 2 s). */
export const RACY_MS = 2000

/** The cache key of a file's content. */
export function contentKey(language: Language, text: string): string {
  return createHash('sha1').update(language).update('\0').update(text).digest('base64url')
}

/**
 * A cached parse, plus the forbidden-signature hits found in that content for one set of
 * signatures (`signatureSet`), so an unchanged file is not read again just to search it.
 */
export interface CachedSource extends Omit<ParsedSource, 'comments'> {
  /** Absent when the run that cached it searched no signatures. */
  comments?: ParsedSource['comments']
  signatureSet?: string
  signatureHits?: SignatureHit[]
}

/** `[size, mtimeMs, ctimeMs, ino, content key]` of a file when it was last hashed. */
type StatRow = [number, number, number, number, string]

type StoredEntry = StoredSource<CachedSource>

interface CacheFile {
  files: Record<string, StatRow>
  entries: Record<string, StoredEntry>
}

type Record_ = StatRow | StoredEntry

/** How a cache trusts file metadata. */
export interface CacheOptions {
  /** Reuse a file's content key when its stat is unchanged (default true); false hashes every file. */
  statCache?: boolean
  /** See {@link RACY_MS}; tests shorten it. */
  racyMs?: number
}

/** Parsed sources by content key, loaded from and saved to one folder. */
export class ParseCache {
  /** Entries of this run as stored (a stored one is the very object read, so saving skips it). */
  private readonly used = new Map<string, StoredEntry>()
  private readonly decoded = new Map<string, CachedSource>()
  private readonly usedFiles = new Map<string, StatRow>()
  hits = 0
  misses = 0

  private constructor(
    private readonly file: string | undefined,
    private readonly state: StoredState<Record_>,
    private readonly options: Required<CacheOptions>,
  ) {}

  private get stored(): CacheFile {
    return this.state.sections as unknown as CacheFile
  }

  /** The folder the cache lives in (undefined: in memory only), for the caches beside it. */
  get folder(): string | undefined {
    return this.file === undefined ? undefined : path.dirname(this.file)
  }

  /** Opens the cache in `dir`; a missing or corrupt file is an empty cache. No dir: in memory only. */
  static async open(dir: string | undefined, options: CacheOptions = {}): Promise<ParseCache> {
    const settings = { statCache: options.statCache ?? true, racyMs: options.racyMs ?? RACY_MS }
    if (!dir) {
      return new ParseCache(undefined, { sections: { files: {}, entries: {} }, journal: {} }, settings)
    }
    const file = path.join(dir, FILE_NAME)
    return new ParseCache(file, await readStore<Record_>(file, CACHE_VERSION, SECTIONS), settings)
  }

  /** How many parses the cache held when opened. */
  get entries(): number {
    return Object.keys(this.stored.entries).length
  }

  /** The content key last hashed for `file` (absolute) when its stat is unchanged since, else undefined. */
  keyByStat(file: string, info: Stats): string | undefined {
    if (!this.options.statCache) return undefined
    const row = this.usedFiles.get(file) ?? this.stored.files[file]
    if (!row || !sameStat(row, info)) return undefined
    this.usedFiles.set(file, row)
    return row[4]
  }

  /** Records that `file` had content `key` with stat `info`, taken at `statAt` (ms since the epoch). */
  rememberStat(file: string, info: Stats, key: string, statAt: number): void {
    if (!this.options.statCache) return
    if (statAt - Math.max(info.mtimeMs, info.ctimeMs) <= this.options.racyMs) {
      this.usedFiles.delete(file)
      return
    }
    const before = this.stored.files[file]
    // The stored row itself when nothing moved, so saving finds nothing to write for it.
    const same = before && sameStat(before, info) && before[4] === key
    this.usedFiles.set(file, same ? before : [info.size, info.mtimeMs, info.ctimeMs, info.ino, key])
  }

  /** The cached entry of a content key without counting a hit or a miss. */
  peek(key: string): CachedSource | undefined {
    let found = this.decoded.get(key)
    if (found === undefined) {
      const stored = this.stored.entries[key]
      if (stored === undefined) return undefined
      this.decoded.set(key, (found = decodeSource(stored)))
    }
    return found
  }

  /** The cached parse of a content key, if any; counts a hit or a miss. */
  get(key: string): CachedSource | undefined {
    const found = this.peek(key)
    if (found) {
      this.hits++
      if (!this.used.has(key)) this.used.set(key, this.stored.entries[key] ?? encodeSource(found))
    } else this.misses++
    return found
  }

  set(key: string, parsed: CachedSource): void {
    this.decoded.set(key, parsed)
    this.used.set(key, encodeSource(parsed))
  }

  /** Saves the entries used in this run: nothing, the journal of what changed, or a new base. */
  async save(): Promise<void> {
    if (!this.file) return
    const current = { files: this.usedFiles, entries: this.used } as Record<string, Map<string, Record_>>
    await writeStore(this.file, CACHE_VERSION, this.state, current)
  }
}

const SECTIONS = ['files', 'entries']

function sameStat(row: StatRow, info: Stats): boolean {
  return row[0] === info.size && row[1] === info.mtimeMs && row[2] === info.ctimeMs && row[3] === info.ino
}
