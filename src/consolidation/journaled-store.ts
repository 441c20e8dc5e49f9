/**
 * A cache file that a re-run need not rewrite whole: a base file of keyed records, and beside it a
 * journal of the records set or dropped since the base was written. A run that changed a few
 * records (one edited file) writes only the journal, a few hundred bytes instead of megabytes of
 * JSON; once the journal grows past a share of the base, the next save writes a new base. The
 * journal names the base it follows by a random id, so a journal left beside another base (a
 * parallel run, a crash between the two writes) is ignored rather than misapplied.
 */
import { randomUUID } from 'node:crypto'
import { mkdir, readFile, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { writeFileAtomic } from '../util/write-file-atomic.js'

/** Records by key, in named sections (`files`, `entries`). */
export type Sections<T> = Record<string, Record<string, T>>

interface BaseFile<T> {
  header: string
  id: string
  sections: Sections<T>
}

interface JournalFile<T> {
  header: string
  base: string
  /** `null`: the record was dropped. */
  sections: Sections<T | null>
}

/** What {@link readStore} found, handed back to {@link writeStore}. */
export interface StoredState<T> {
  /** The records as of the last save (base with the journal applied); empty sections when none. */
  sections: Sections<T>
  /** Id of the base read; undefined when there was none for this header. */
  id?: string
  /** The journal's changes as read, so the next journal carries them on. */
  journal: Sections<T | null>
}

/** Journals longer than this share of the base (or {@link MIN_JOURNAL}) are folded into a new base. */
const JOURNAL_SHARE = 0.1
const MIN_JOURNAL = 64

const journalOf = (file: string) => `${file}.journal`

/**
 * The state this process last read or wrote for each file, with the files' stats at that moment.
 * A process that checks again (`consolidation --watch`) takes it instead of reading and parsing
 * the megabytes of JSON it already holds; when either file's stat differs (another process wrote
 * it), the file is read again. Callers never mutate a state's records (writeStore's identity
 * comparison relies on that already).
 */
const memo = new Map<string, { header: string; stamp: string; state: StoredState<unknown> }>()

/** Size, mtime and inode of the base and the journal: what a write by anyone changes. */
async function stampOf(file: string): Promise<string> {
  const [base, journal] = await Promise.all(
    [file, journalOf(file)].map((f) =>
      stat(f).then(
        (s) => `${s.size}:${s.mtimeMs}:${s.ino}`,
        () => '-',
      ),
    ),
  )
  return `${base}|${journal}`
}

/**
 * Reads the store at `file` for `header` (a cache version, a repository state): a missing,
 * corrupt or other-header base is an empty store; a journal is applied only onto its own base.
 */
export async function readStore<T>(file: string, header: string, names: string[]): Promise<StoredState<T>> {
  const stamp = await stampOf(file)
  const known = memo.get(file)
  if (known && known.header === header && known.stamp === stamp) return known.state as StoredState<T>
  const state = await readStoreFile<T>(file, header, names)
  memo.set(file, { header, stamp, state })
  return state
}

async function readStoreFile<T>(file: string, header: string, names: string[]): Promise<StoredState<T>> {
  const empty = (): StoredState<T> => ({
    sections: Object.fromEntries(names.map((n) => [n, {}])),
    journal: Object.fromEntries(names.map((n) => [n, {}])),
  })
  const base = await readJson<BaseFile<T>>(file)
  if (!base || base.header !== header || typeof base.id !== 'string' || !hasSections(base.sections, names)) {
    return empty()
  }
  const state: StoredState<T> = { ...empty(), sections: base.sections, id: base.id }
  const journal = await readJson<JournalFile<T>>(journalOf(file))
  if (
    journal &&
    journal.header === header &&
    journal.base === base.id &&
    hasSections(journal.sections, names)
  ) {
    for (const name of names) {
      const target = state.sections[name]!
      for (const [key, value] of Object.entries(journal.sections[name]!)) {
        if (value === null) delete target[key]
        else target[key] = value
      }
    }
    state.journal = journal.sections
  }
  return state
}

/**
 * Saves `current` (every record of this run, by section). Records are compared to what was read by
 * identity (a record taken from the store is the same object), so only set or dropped ones count.
 * Nothing changed: nothing written. A few: the journal. Many, or no base: a new base.
 */
export async function writeStore<T>(
  file: string,
  header: string,
  state: StoredState<T>,
  current: Record<string, Map<string, T>>,
): Promise<void> {
  const changes: Sections<T | null> = {}
  let changed = 0
  let total = 0
  for (const [name, records] of Object.entries(current)) {
    const before = state.sections[name] ?? {}
    const section: Record<string, T | null> = {}
    for (const [key, value] of records) {
      if (before[key] !== value) section[key] = value
    }
    for (const key of Object.keys(before)) if (!records.has(key)) section[key] = null
    changes[name] = section
    changed += Object.keys(section).length
    total += records.size
  }
  if (changed === 0) return
  await mkdir(path.dirname(file), { recursive: true })
  const sections = Object.fromEntries(
    Object.entries(current).map(([name, m]) => [name, Object.fromEntries(m)]),
  )
  let saved: StoredState<T> | undefined
  if (state.id !== undefined) {
    const merged: Sections<T | null> = {}
    let length = 0
    for (const name of Object.keys(current)) {
      merged[name] = { ...state.journal[name], ...changes[name] }
      length += Object.keys(merged[name]).length
    }
    if (length <= Math.max(MIN_JOURNAL, total * JOURNAL_SHARE)) {
      await writeAtomic(journalOf(file), { header, base: state.id, sections: merged })
      saved = { sections, id: state.id, journal: merged }
    }
  }
  if (saved === undefined) {
    const id = randomUUID()
    await writeAtomic(file, { header, id, sections })
    await rm(journalOf(file), { force: true })
    saved = { sections, id, journal: Object.fromEntries(Object.keys(current).map((n) => [n, {}])) }
  }
  memo.set(file, { header, stamp: await stampOf(file), state: saved })
}

async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T
  } catch {
    return undefined
  }
}

function hasSections(sections: unknown, names: string[]): boolean {
  return (
    typeof sections === 'object' &&
    sections !== null &&
    names.every((n) => typeof (sections as Record<string, unknown>)[n] === 'object')
  )
}

/** Through a temp file and a rename, so a parallel run never reads half a file; a cache needs no flush. */
function writeAtomic(file: string, data: unknown): Promise<void> {
  return writeFileAtomic(file, JSON.stringify(data), { flush: false })
}
