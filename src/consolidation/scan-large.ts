/**
 * Imports of a file over `max-file-bytes`, found by a streaming text scan: the file is read in
 * chunks (never whole, never parsed) and import statements are matched by pattern. Coarser than
 * the parser (an import written inside a string or comment counts), but a generated bundle or a
 * huge module that imports a deprecated one is still its importer.
 */
import { createReadStream, statSync } from 'node:fs'
import type { ParseCache } from './cache.js'
import type { ImportKind, ImportRecord, Language } from './types.js'

const CHUNK = 64 * 1024
// Longest statement a pattern may span across two chunks.
const OVERLAP = 4096

const JS_PATTERNS: Array<{ kind: ImportKind; regex: RegExp }> = [
  { kind: 'static', regex: /\bimport\s+(type\s+)?(?:[\w$*{},\s]+?\s+from\s*)?(['"])([^'"\n]+)\2/g },
  {
    kind: 're-export',
    regex: /\bexport\s+(type\s+)?(?:\*(?:\s+as\s+[\w$]+)?|\{[^}]*\})\s*from\s*(['"])([^'"\n]+)\2/g,
  },
  { kind: 'dynamic', regex: /\bimport\s*\(\s*()(['"])([^'"\n]+)\2\s*\)/g },
  { kind: 'require', regex: /\brequire\s*\(\s*()(['"])([^'"\n]+)\2\s*\)/g },
]
const PY_FROM = /^[ \t]*from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n#;]+)/gm
const PY_IMPORT = /^[ \t]*import[ \t]+([\w.]+(?:[ \t]*,[ \t]*[\w.]+)*)/gm

/**
 * {@link scanLargeFile} behind the parse cache's stat table: a large file whose size, mtime, ctime
 * and inode are unchanged is not read again. Its entry is keyed by that stat (hashing a file
 * over the cap would cost the read this saves), so a changed file gets a new key; the key is
 * returned too, so the file's resolved imports are cached like any other file's.
 */
export async function largeFileImports(
  file: string,
  language: Language,
  cache: ParseCache,
): Promise<{ imports: ImportRecord[]; key?: string }> {
  const statAt = Date.now()
  const info = statSync(file, { throwIfNoEntry: false })
  const known = info ? cache.keyByStat(file, info) : undefined
  const entry = known === undefined ? undefined : cache.get(known)
  if (entry) return { imports: entry.imports, key: known! }
  const imports = await scanLargeFile(file, language)
  if (!info) return { imports }
  const key = `large:${language}:${info.size}:${info.mtimeMs}:${info.ctimeMs}:${info.ino}`
  cache.set(key, { imports, comments: [] })
  cache.rememberStat(file, info, key, statAt)
  return { imports, key }
}

/** The imports of `file` (absolute), in order; a read error rejects. */
export async function scanLargeFile(file: string, language: Language): Promise<ImportRecord[]> {
  const out: ImportRecord[] = []
  let carry = ''
  // Line of the carry's first character; the overlap is scanned twice, the dedupe below drops repeats.
  let carryLine = 1
  const scan = (text: string, final: boolean) => {
    for (const found of matches(text, language)) {
      // A match touching the end of a chunk may continue in the next one: wait for it.
      if (!final && found.index + found.length > text.length - OVERLAP / 2) continue
      out.push({
        ...found.record,
        line: carryLine + countLines(text, found.index),
        column: 1 + column(text, found.index),
      })
    }
  }
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: CHUNK })) {
    const text = carry + (chunk as string)
    scan(text, false)
    const keep = Math.max(0, text.length - OVERLAP)
    carryLine += countLines(text, keep)
    carry = text.slice(keep)
  }
  scan(carry, true)
  const seen = new Set<string>()
  return out
    .sort((a, b) => a.line - b.line || a.column - b.column)
    .filter((r) => {
      const key = `${r.line}:${r.column}:${r.specifier}`
      return !seen.has(key) && seen.add(key)
    })
}

interface Match {
  index: number
  length: number
  record: Omit<ImportRecord, 'line' | 'column'>
}

function matches(text: string, language: Language): Match[] {
  const out: Match[] = []
  if (language === 'js') {
    for (const { kind, regex } of JS_PATTERNS) {
      for (const m of text.matchAll(regex)) {
        const typeOnly = m[1] !== undefined && m[1] !== ''
        out.push({
          index: m.index,
          length: m[0].length,
          record: {
            specifier: m[3]!,
            kind: typeOnly ? 'type-only' : kind,
            names: ['*'],
            ...(kind === 're-export' ? { exported: ['*'] } : {}),
          },
        })
      }
    }
    return out
  }
  for (const m of text.matchAll(PY_FROM)) {
    const names = m[3]!
      .replace(/[()]/g, '')
      .split(',')
      .map((n) => n.trim().split(/\s+as\s+/)[0]!)
      .filter(Boolean)
    out.push({
      index: m.index,
      length: m[0].length,
      record: { specifier: m[2]!, kind: 'static', names, level: m[1]!.length },
    })
  }
  for (const m of text.matchAll(PY_IMPORT)) {
    for (const name of m[1]!.split(',').map((n) => n.trim())) {
      out.push({
        index: m.index,
        length: m[0].length,
        record: { specifier: name, kind: 'static', names: ['*'], level: 0 },
      })
    }
  }
  return out
}

function countLines(text: string, end: number): number {
  let n = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++
  return n
}

function column(text: string, index: number): number {
  return index - (text.lastIndexOf('\n', index - 1) + 1)
}
