/**
 * How a parse is written in the cache file: each import as a row `[specifier, kind, names, line,
 * column, exported?, level?]` rather than an object repeating its keys. On monaco-editor the
 * imports are most of the file, and the file is read back whole on every run: half the bytes is
 * half the JSON.parse of a re-run.
 */
import type { ImportKind, ImportRecord, ParsedSource } from './types.js'

/** An import as stored. */
export type ImportRow = [string, ImportKind, string[], number, number, (string[] | null)?, number?]

/** A cached parse as stored: its imports as rows, the rest as is. */
export type StoredSource<T extends Pick<ParsedSource, 'imports'>> = Omit<T, 'imports'> & {
  imports: ImportRow[]
}

export function encodeSource<T extends Pick<ParsedSource, 'imports'>>(source: T): StoredSource<T> {
  return { ...source, imports: source.imports.map(encodeImport) }
}

export function decodeSource<T extends Pick<ParsedSource, 'imports'>>(stored: StoredSource<T>): T {
  return { ...stored, imports: stored.imports.map(decodeImport) } as unknown as T
}

function encodeImport(record: ImportRecord): ImportRow {
  const row: ImportRow = [record.specifier, record.kind, record.names, record.line, record.column]
  if (record.exported !== undefined || record.level !== undefined) row.push(record.exported ?? null)
  if (record.level !== undefined) row.push(record.level)
  return row
}

function decodeImport(row: ImportRow): ImportRecord {
  const [specifier, kind, names, line, column, exported, level] = row
  return {
    specifier,
    kind,
    names,
    ...(exported ? { exported } : {}),
    ...(level !== undefined ? { level } : {}),
    line,
    column,
  }
}
