/**
 * Builds the import graph in one pass: list the files, read each once, take its parse from the
 * content-keyed cache or parse it (oxc-parser or the Python scanner), search forbidden signatures
 * while the text is in memory, then resolve every import to a file of the repository.
 */
import { readFileSync, statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { contentKey, type CachedSource, type ParseCache } from './cache.js'
import { fingerprints } from './fingerprint.js'
import { parsePython } from './parse-python.js'
import type * as ScriptParser from './parse-ts.js'
import { loadLazyParser } from './parse-lazy.js'
import { largeFileImports } from './scan-large.js'
import { ResolutionCache, resolutionState } from './resolution-cache.js'
import { resolveGraph } from './resolve-graph.js'
import { languageOf, listFiles } from './scan.js'
import { findSignatures, type CompiledSignature } from './signatures.js'
import type { ImportGraph, Language, ParsedSource, SourceFile } from './types.js'
import { findWorkspaces } from './workspaces.js'

/** What to scan and what to collect on the way. */
export interface ScanOptions {
  /** Absolute root; every path in the graph is relative to it. */
  root: string
  include: string[]
  exclude: string[]
  maxFileBytes: number
  signatures: CompiledSignature[]
  /** Whether files of this language need duplicate fingerprints. */
  fingerprint: (language: Language) => boolean
  cache: ParseCache
  /** Parses run at once on libuv's thread pool; 0 parses on the main thread (default: {@link defaultParseThreads}). */
  parseThreads?: number
  /** Keep resolved imports beside the parse cache for the next run (default true; not for a throwaway tree). */
  keepResolutions?: boolean
}

/** Counts of one scan, for the report and the benchmark. */
export interface ScanStats {
  files: number
  sources: number
  parsed: number
  cached: number
  /** Files read from disk; the others were known by their unchanged stat. */
  read: number
  skipped: number
  /** Specifiers handed to the resolver; the others came from earlier runs. */
  resolved: number
  ms: number
}

/** Scans `options.root` and returns the resolved import graph. */
export async function buildGraph(options: ScanOptions): Promise<{ graph: ImportGraph; stats: ScanStats }> {
  const started = performance.now()
  const allFiles = await listFiles(options.root, options.include, options.exclude)
  const sources = allFiles.filter((f) => languageOf(f) !== undefined)
  const files = new Map<string, SourceFile>()
  const skipped: string[] = []
  const hitsBefore = options.cache.hits
  const threads = options.parseThreads ?? defaultParseThreads()
  const state: ReadState = { read: 0, parses: 0, pending: new Map(), pool: threads > 0 }
  // Fewer cached parses than files by more than LAZY_AFTER: at least that many parses are ahead
  // (a first run), so the lazy parser is loaded now rather than after LAZY_AFTER JSON parses.
  if (sources.length - options.cache.entries > LAZY_AFTER) await loadLazyParser()
  await eachConcurrently(sources, Math.max(1, threads), async (file) => {
    const source = await readSource(file, options, state)
    if (source === 'large') skipped.push(file)
    else if (source) files.set(file, source)
  })
  // Too large to parse is not too large to import a deprecated module: a text scan keeps the
  // file's imports in the graph; a file that cannot be read at all fails the run.
  for (const file of skipped) {
    const language = languageOf(file)!
    const { imports, key } = await largeFileImports(path.join(options.root, file), language, options.cache)
    files.set(file, {
      path: file,
      language,
      imports,
      exports: [],
      signatureHits: [],
      textScan: true,
      ...(key ? { contentKey: key } : {}),
    })
  }
  const workspaces = await findWorkspaces(options.root)
  const shape = resolutionState(options.root, allFiles, JSON.stringify([...workspaces]))
  const folder = options.keepResolutions === false ? undefined : options.cache.folder
  const resolutions = await ResolutionCache.open(folder, shape)
  const resolving = await resolveGraph(files, {
    root: options.root,
    workspaces,
    resolutions,
    parses: options.cache,
  })
  await resolutions.save()
  const cached = options.cache.hits - hitsBefore
  const graph: ImportGraph = {
    allFiles,
    files: new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1))),
    skipped: skipped.sort(),
  }
  const stats: ScanStats = {
    files: allFiles.length,
    sources: sources.length,
    parsed: files.size - cached,
    cached,
    read: state.read,
    skipped: skipped.length,
    resolved: resolving.resolved,
    ms: Math.round(performance.now() - started),
  }
  return { graph, stats }
}

/**
 * Parses run at once by default. oxc parses on libuv's thread pool while the main thread reads,
 * hashes and reads back the others, so with cores to spare a cold scan takes a fraction of the wall
 * time. Each pool thread keeps its own native heap (about 50 MB more at peak on monaco-editor), and
 * with two cores or fewer the main thread's own work leaves no core to run a parse on: there the
 * main thread parses alone.
 */
export function defaultParseThreads(cores = availableParallelism()): number {
  return cores <= 2 ? 0 : Math.min(8, cores)
}

/** Files read so far, and the parses under way by content key (copies of a file are parsed once). */
interface ReadState {
  read: number
  /** JS files parsed so far: the first few take the JSON path, see {@link LAZY_AFTER}. */
  parses: number
  pending: Map<string, Promise<void>>
  /** Parse on libuv's pool rather than the main thread. */
  pool: boolean
}

/** Runs `task` over `items` with at most `limit` at once; rejects with the first failure. */
async function eachConcurrently<T>(items: T[], limit: number, task: (item: T) => Promise<void>) {
  let next = 0
  const lane = async () => {
    while (next < items.length) await task(items[next++]!)
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane))
}

/**
 * One file's entry in the graph: from the cache without reading the file when its stat is unchanged
 * and the cached entry holds everything this scan needs, else read, hashed and (on a miss) parsed.
 * `large` when the file is over the size cap or unreadable, undefined when it is not a file. The
 * file system calls are synchronous on purpose: one `readFileSync` costs a fraction of the four
 * thread-pool hops of `fs.promises`; only the parse itself leaves the main thread.
 */
async function readSource(
  file: string,
  options: ScanOptions,
  state: ReadState,
): Promise<SourceFile | 'large' | undefined> {
  const absolute = underRoot(options.root, file)
  const statAt = Date.now()
  const info = statSync(absolute, { throwIfNoEntry: false })
  if (!info?.isFile()) return undefined
  if (info.size > options.maxFileBytes) return 'large'
  const language = languageOf(file)!
  const signatureSet = signatureSetOf(options.signatures)
  const known = options.cache.keyByStat(absolute, info)
  const entry = known === undefined ? undefined : options.cache.peek(known)
  if (known !== undefined && entry && isComplete(entry, language, signatureSet, options)) {
    return { ...sourceFile(file, language, options.cache.get(known)!, options), contentKey: known }
  }
  let text: string
  try {
    text = readFileSync(absolute, 'utf8')
  } catch {
    // Unreadable: the text scan tries again and fails the run with the reason.
    return 'large'
  }
  state.read++
  const key = contentKey(language, text)
  // A copy of a file being parsed waits for that parse and then finds it in the cache.
  const under = state.pending.get(key)
  if (under) await under
  let parsed = options.cache.get(key)
  if (parsed === undefined || !isComplete(parsed, language, signatureSet, options)) {
    const done = complete(file, language, text, parsed, key, options, state)
    state.pending.set(
      key,
      done.then(() => undefined),
    )
    parsed = await done
    state.pending.delete(key)
  }
  options.cache.rememberStat(absolute, info, key, statAt)
  return { ...sourceFile(file, language, parsed, options), contentKey: key }
}

/** Parses (unless `cached` is given) and adds what this scan needs, then caches the entry. */
async function complete(
  file: string,
  language: Language,
  text: string,
  cached: CachedSource | undefined,
  key: string,
  options: ScanOptions,
  state: ReadState,
): Promise<CachedSource> {
  const searching = options.signatures.length > 0
  // An entry cached by a run without signatures has no comment spans: a search needs the parse again.
  const parsed: CachedSource =
    cached && (cached.comments !== undefined || !searching)
      ? cached
      : { ...cached, ...(await parse(file, language, text, state, searching)) }
  const signatureSet = signatureSetOf(options.signatures)
  const entry: CachedSource = {
    ...parsed,
    ...(options.fingerprint(language) && !parsed.fingerprints
      ? { fingerprints: fingerprints(language, text) }
      : {}),
    ...(options.signatures.length > 0 && parsed.signatureSet !== signatureSet
      ? { signatureSet, signatureHits: findSignatures(text, parsed.comments ?? [], options.signatures) }
      : {}),
  }
  // Comment spans serve only the signature search: without signatures they are not kept (a fifth
  // of the cache file on monaco-editor, read back on every run).
  if (!searching) delete entry.comments
  options.cache.set(key, entry)
  return entry
}

/** Whether a cached entry answers this scan without the file's text. */
function isComplete(entry: CachedSource, language: Language, signatureSet: string, options: ScanOptions) {
  return (
    (!options.fingerprint(language) || entry.fingerprints !== undefined) &&
    (options.signatures.length === 0 || entry.signatureSet === signatureSet)
  )
}

/** Identifies a list of signatures, for the hits cached with a content key. */
function signatureSetOf(signatures: CompiledSignature[]): string {
  return JSON.stringify(signatures.map((s) => s.signature))
}

function sourceFile(
  file: string,
  language: Language,
  parsed: CachedSource,
  options: ScanOptions,
): SourceFile {
  return {
    path: file,
    language,
    imports: parsed.imports,
    exports: parsed.exports ?? [],
    signatureHits: options.signatures.length > 0 ? (parsed.signatureHits ?? []) : [],
    ...(parsed.fingerprints && options.fingerprint(language) ? { fingerprints: parsed.fingerprints } : {}),
    ...(parsed.problem ? { problem: parsed.problem } : {}),
  }
}

/**
 * Parses at most this many JS files through oxc's JSON path before loading the lazy parser: the lazy
 * deserialiser is a large module to compile, worth it for a cold scan and not for a re-run that
 * parses the one file edited.
 */
export const LAZY_AFTER = 16

/** The JS parser module, imported at the first parse: a re-run that parses nothing never loads oxc-parser. */
let scriptParser: Promise<typeof ScriptParser> | undefined

async function parse(
  file: string,
  language: Language,
  text: string,
  state: ReadState,
  comments: boolean,
): Promise<ParsedSource> {
  try {
    if (language === 'python') return parsePython(text)
    // One shared import: Jest's ESM loader fails on concurrent dynamic imports of one module.
    scriptParser ??= import('./parse-ts.js')
    const { parseScript, parseScriptAsync } = await scriptParser
    if (++state.parses > LAZY_AFTER) await loadLazyParser()
    return state.pool
      ? await parseScriptAsync(file, text, { comments })
      : parseScript(file, text, { comments })
  } catch (error) {
    // The parser itself failed (not a syntax error it recovered from): report, keep scanning.
    return { imports: [], comments: [], problem: { message: String(error), line: 1, column: 1 } }
  }
}

/**
 * `root` joined with a relative path from the file listing, which is already normal (no `.`, `..`
 * or doubled slashes): a concatenation, where `path.join` normalises the whole string again for
 * every file of every run.
 */
function underRoot(root: string, file: string): string {
  return root.endsWith(path.sep) ? `${root}${file}` : `${root}${path.sep}${file}`
}
