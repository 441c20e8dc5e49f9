/**
 * What the model reads of the change: for each changed file, its added lines with a few lines of
 * context, each numbered with its line at head and marked `+` when added, so the model can cite a
 * line that re-anchoring can check. Large changes are split into chunks that each fit a token
 * budget, counted with the o200k tokenizer (`gpt-tokenizer`); what does not fit one chunk (a huge
 * hunk) is cut by lines, never dropped silently.
 */
import { countTokens } from '../../prefilter/tokens.js'
import type { ChangeSet, ChangedSource } from '../change.js'
import { stripHidden } from './untrusted.js'

/** Lines of context around each run of added lines. */
export const CONTEXT_LINES = 3
/** A longer line is cut: minified code says nothing more past this. */
const MAX_LINE_CHARS = 400

/** Tokens of `text`; special-token strings in untrusted code are counted as text, never refused. */
export function tokensOf(text: string): number {
  return countTokens(text, { disallowedSpecial: new Set() })
}

/** A numbered excerpt of one file (or a part of it, when the file was split). */
export interface FileExcerpt {
  path: string
  /** `  12+| const x = 1` lines. */
  text: string
  tokens: number
}

/** The files one request reviews. */
export interface Chunk {
  excerpts: FileExcerpt[]
  tokens: number
}

/** Ranges `[from, to]` of lines to show: added lines with context, overlapping ranges merged. */
export function hunkRanges(added: readonly number[], lineCount: number): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  for (const n of [...added].sort((a, b) => a - b)) {
    const from = Math.max(1, n - CONTEXT_LINES)
    const to = Math.min(lineCount, n + CONTEXT_LINES)
    const last = ranges[ranges.length - 1]
    if (last && from <= last[1] + 1) last[1] = Math.max(last[1], to)
    else ranges.push([from, to])
  }
  return ranges
}

function numbered(n: number, text: string, added: boolean): string {
  const shown = text.length > MAX_LINE_CHARS ? `${text.slice(0, MAX_LINE_CHARS)}…` : text
  return `${String(n).padStart(5)}${added ? '+' : ' '}| ${shown}`
}

/** The hunks of one file as numbered lines, hidden content stripped (line numbers unchanged). */
export function fileHunks(file: ChangedSource): string[][] {
  if (!file.content || file.added.size === 0) return []
  const lines = stripHidden(file.content).split(/\r?\n/)
  return hunkRanges([...file.added], lines.length).map(([from, to]) => {
    const out: string[] = []
    for (let n = from; n <= to; n++) out.push(numbered(n, lines[n - 1] ?? '', file.added.has(n)))
    return out
  })
}

/** Splits `lines` into runs of at most `budget` tokens each (a single over-long line stands alone). */
function splitLines(lines: readonly string[], budget: number): string[][] {
  const parts: string[][] = []
  let current: string[] = []
  let tokens = 0
  for (const line of lines) {
    const t = tokensOf(line) + 1
    if (current.length > 0 && tokens + t > budget) {
      parts.push(current)
      current = []
      tokens = 0
    }
    current.push(line)
    tokens += t
  }
  if (current.length > 0) parts.push(current)
  return parts
}

/** One file's excerpts: whole when it fits the budget, else hunk by hunk, a huge hunk line by line. */
export function fileExcerpts(file: ChangedSource, budget: number): FileExcerpt[] {
  const hunks = fileHunks(file)
  if (hunks.length === 0) return []
  const make = (parts: string[][]): FileExcerpt => {
    const text = parts.map((h) => h.join('\n')).join('\n  ...\n')
    return { path: file.path, text, tokens: tokensOf(text) }
  }
  const whole = make(hunks)
  if (whole.tokens <= budget) return [whole]
  const excerpts: FileExcerpt[] = []
  let group: string[][] = []
  for (const hunk of hunks.flatMap((h) => (tokensOf(h.join('\n')) > budget ? splitLines(h, budget) : [h]))) {
    const candidate = make([...group, hunk])
    if (group.length > 0 && candidate.tokens > budget) {
      excerpts.push(make(group))
      group = [hunk]
    } else group.push(hunk)
  }
  if (group.length > 0) excerpts.push(make(group))
  return excerpts
}

/**
 * Packs the change's excerpts into chunks of at most `budget` tokens, first fit in file order, so a
 * small change is one request and a large one several.
 */
export function chunkChange(change: ChangeSet, budget: number): Chunk[] {
  const chunks: Chunk[] = []
  for (const excerpt of change.files.flatMap((f) => fileExcerpts(f, budget))) {
    const open = chunks.find((c) => c.tokens + excerpt.tokens <= budget)
    if (open) {
      open.excerpts.push(excerpt)
      open.tokens += excerpt.tokens
    } else chunks.push({ excerpts: [excerpt], tokens: excerpt.tokens })
  }
  return chunks
}
