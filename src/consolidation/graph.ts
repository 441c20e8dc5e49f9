/**
 * Builds the import graph in one pass: list the files, read each once, take its parse from the
 * content-keyed cache or parse it (oxc-parser or the Python scanner), search forbidden signatures
 * while the text is in memory, then resolve every import to a file of the repository.
 */
import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { contentKey, type CachedSource, type ParseCache } from './cache.js'
import { fingerprints } from './fingerprint.js'
import { parsePython } from './parse-python.js'
import { parseScript } from './parse-ts.js'
import { scanLargeFile } from './scan-large.js'
import { createPythonResolver } from './resolve-python.js'
import { ResolutionCache, resolutionState } from './resolution-cache.js'
import { createScriptResolver } from './resolve.js'
import { languageOf, listFiles } from './scan.js'
import { findSignatures, type CompiledSignature } from './signatures.js'
import type { ImportGraph, Language, ParsedSource, ResolvedImport, SourceFile } from './types.js'
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
  const counts = { read: 0 }
  for (const file of sources) {
    const source = readSource(file, options, counts)
    if (source === 'large') skipped.push(file)
    else if (source) files.set(file, source)
  }
  // Too large to parse is not too large to import a deprecated module: a text scan keeps the
  // file's imports in the graph; a file that cannot be read at all fails the run.
  for (const file of skipped) {
    const language = languageOf(file)!
    const imports = await scanLargeFile(path.join(options.root, file), language)
    files.set(file, { path: file, language, imports, exports: [], signatureHits: [], textScan: true })
  }
  const workspaces = await findWorkspaces(options.root)
  const state = resolutionState(options.root, allFiles, JSON.stringify([...workspaces]))
  const folder = options.keepResolutions === false ? undefined : options.cache.folder
  const resolutions = await ResolutionCache.open(folder, state)
  resolveAll(options.root, files, workspaces, resolutions)
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
    read: counts.read,
    skipped: skipped.length,
    ms: Math.round(performance.now() - started),
  }
  return { graph, stats }
}

/**
 * One file's entry in the graph: from the cache without reading the file when its stat is unchanged
 * and the cached entry holds everything this scan needs, else read, hashed and (on a miss) parsed.
 * `large` when the file is over the size cap or unreadable, undefined when it is not a file. Synchronous on purpose: one
 * `readFileSync` costs a fraction of the four thread-pool hops of `fs.promises`, and parsing is
 * synchronous anyway.
 */
function readSource(
  file: string,
  options: ScanOptions,
  counts: { read: number },
): SourceFile | 'large' | undefined {
  const absolute = path.join(options.root, file)
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
  counts.read++
  const key = contentKey(language, text)
  let parsed = options.cache.get(key)
  const complete = parsed !== undefined && isComplete(parsed, language, signatureSet, options)
  parsed ??= parse(file, language, text)
  if (!complete) {
    parsed = {
      ...parsed,
      ...(options.fingerprint(language) && !parsed.fingerprints
        ? { fingerprints: fingerprints(language, text) }
        : {}),
      ...(options.signatures.length > 0 && parsed.signatureSet !== signatureSet
        ? { signatureSet, signatureHits: findSignatures(text, parsed.comments, options.signatures) }
        : {}),
    }
    options.cache.set(key, parsed)
  }
  options.cache.rememberStat(absolute, info, key, statAt)
  return { ...sourceFile(file, language, parsed, options), contentKey: key }
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

function parse(file: string, language: Language, text: string): ParsedSource {
  try {
    return language === 'js' ? parseScript(file, text) : parsePython(text)
  } catch (error) {
    // The parser itself failed (not a syntax error it recovered from): report, keep scanning.
    return { imports: [], comments: [], problem: { message: String(error), line: 1, column: 1 } }
  }
}

/** Replaces each file's import records by resolved ones (targets relative to the root). */
function resolveAll(
  root: string,
  files: Map<string, SourceFile>,
  workspaces: Map<string, string>,
  resolutions: ResolutionCache,
): void {
  const scripts = createScriptResolver(workspaces)
  const python = createPythonResolver([...files.keys()].filter((f) => languageOf(f) === 'python'))
  for (const source of files.values()) {
    if (source.language === 'python') {
      source.imports = source.imports.flatMap((record) => python(source.path, record))
      continue
    }
    const cached = source.contentKey ? resolutions.get(source.path, source.contentKey) : undefined
    if (cached && cached.length === source.imports.length) {
      source.imports = source.imports.map((record, i) =>
        cached[i] ? { ...record, target: cached[i] } : { ...record },
      )
      continue
    }
    const absolute = path.join(root, source.path)
    source.imports = source.imports.map((record): ResolvedImport => {
      const resolved = scripts(absolute, record.specifier)
      const relative =
        resolved === undefined ? undefined : path.relative(root, resolved).split(path.sep).join('/')
      return relative === undefined || relative.startsWith('..') || path.isAbsolute(relative)
        ? { ...record }
        : { ...record, target: relative }
    })
    if (source.contentKey) {
      resolutions.set(
        source.path,
        source.contentKey,
        source.imports.map((i) => i.target ?? ''),
      )
    }
  }
}
