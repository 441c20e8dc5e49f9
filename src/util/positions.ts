/**
 * Positions in text as editors show them (1-based lines and columns, UTF-16 offsets as JavaScript
 * strings count them), and how launchgate writes one: `file:line:column`. One place, so every
 * error and finding points the same way.
 */
import type { SourcePosition } from '../errors.js'

// Newline offsets of the last text asked about: analyzers ask many times about one file in a row.
let cached: { text: string; newlines: number[] } | undefined

function newlinesOf(text: string): number[] {
  if (cached?.text !== text) {
    const newlines: number[] = []
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) newlines.push(i)
    cached = { text, newlines }
  }
  return cached.newlines
}

/** How many newlines come before `offset` (binary search). */
function linesBefore(newlines: readonly number[], offset: number): number {
  let lo = 0
  let hi = newlines.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((newlines[mid] as number) < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** 1-based line of an offset in `text`. */
export function lineAt(text: string, offset: number): number {
  return linesBefore(newlinesOf(text), offset) + 1
}

/** 1-based line and column of an offset in `text`; an offset past the end counts from the last line. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const newlines = newlinesOf(text)
  const before = linesBefore(newlines, Math.min(offset, text.length))
  const lineStart = before === 0 ? 0 : (newlines[before - 1] as number) + 1
  return { line: before + 1, column: offset - lineStart + 1 }
}

/** `file:line:column`, leaving out what is not known. */
export function formatPosition(position: SourcePosition): string {
  return [position.file, position.line, position.column].filter((p) => p !== undefined).join(':')
}
