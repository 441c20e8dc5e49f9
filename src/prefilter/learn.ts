/**
 * `prefilter learn`: what the app's real traffic teaches the prefilter. From logged turns (the
 * message, its context and the tools the model actually called) it learns the words users say
 * for each tool (aliases) and what is called after what (companions), as an association file the
 * prefilter loads: committed like a lockfile, so every change is reviewed in a pull request.
 */
import { ConfigurationError } from '../errors.js'
import { isStopWord, words } from './text.js'
import type { PrefilterContext } from './types.js'

/** One logged turn. */
export interface LoggedTurn {
  line: number
  message: string
  context: PrefilterContext
  calledTools: string[]
}

/** The association file: sorted, so a re-run on the same log writes the same bytes. */
export interface Associations {
  version: 1
  turns: number
  /** tool -> words users said when the model called it, beyond chance. */
  aliases: Record<string, string[]>
  /** tool -> tools called right after it (same turn, or the next turn after a recent tool). */
  companions: Record<string, string[]>
}

/** How much evidence a learned association needs. */
export interface LearnOptions {
  /** A word or a sequence must be seen at least this often. */
  minCount: number
  /** Share of a word's turns that called the tool (a word said with every tool says nothing). */
  minShare: number
  /** At most this many words per tool. */
  maxAliases: number
}

export const DEFAULT_LEARN: LearnOptions = { minCount: 2, minShare: 0.6, maxAliases: 12 }

/** Thrown for a log line that cannot be read; names the file and line. */
export class LogFileError extends ConfigurationError {
  override readonly name: string = 'LogFileError'
}

/**
 * Parses a JSON Lines log of `{message, context?, calledTools}`.
 * @throws LogFileError at the first bad line
 */
export function parseLog(text: string, file: string): LoggedTurn[] {
  const turns: LoggedTurn[] = []
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === '') return
    const line = i + 1
    let value: unknown
    try {
      value = JSON.parse(raw)
    } catch (error) {
      throw new LogFileError(`invalid JSON: ${(error as Error).message}`, { position: { file, line } })
    }
    const v = value as Record<string, unknown>
    const called = v?.calledTools
    if (
      typeof v?.message !== 'string' ||
      !Array.isArray(called) ||
      !called.every((t) => typeof t === 'string')
    )
      throw new LogFileError(
        'expected {"message": string, "calledTools": [tool names], "context"?: object}',
        {
          position: { file, line },
        },
      )
    const context = typeof v.context === 'object' && v.context !== null ? (v.context as PrefilterContext) : {}
    turns.push({ line, message: v.message, context, calledTools: called as string[] })
  })
  return turns
}

function count<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1)
}

/** The content words of a message, once each. */
function contentWords(message: string): Set<string> {
  return new Set(words(message).filter((w) => w.length > 2 && !isStopWord(w) && !/^\d+$/.test(w)))
}

function sortedRecord(map: Map<string, string[]>): Record<string, string[]> {
  return Object.fromEntries([...map].filter(([, v]) => v.length > 0).sort(([a], [b]) => a.localeCompare(b)))
}

/** Learns aliases and companions from logged turns. */
export function learnAssociations(
  turns: readonly LoggedTurn[],
  options: LearnOptions = DEFAULT_LEARN,
): Associations {
  const wordTurns = new Map<string, number>()
  const pairTurns = new Map<string, number>()
  const follows = new Map<string, number>()
  const calls = new Map<string, number>()
  for (const turn of turns) {
    const said = contentWords(turn.message)
    const called = [...new Set(turn.calledTools)]
    for (const w of said) count(wordTurns, w)
    for (const tool of called) {
      count(calls, tool)
      for (const w of said) count(pairTurns, `${tool}\u0000${w}`)
    }
    const recent = Array.isArray(turn.context.recentTools) ? turn.context.recentTools.at(-1) : undefined
    const sequence = [...(typeof recent === 'string' ? [recent] : []), ...turn.calledTools]
    for (let i = 1; i < sequence.length; i++)
      if (sequence[i] !== sequence[i - 1]) count(follows, `${sequence[i - 1]}\u0000${sequence[i]}`)
  }
  const aliases = new Map<string, Array<[string, number]>>()
  for (const [key, n] of pairTurns) {
    const [tool, word] = key.split('\u0000') as [string, string]
    if (n < options.minCount || n / wordTurns.get(word)! < options.minShare) continue
    const list = aliases.get(tool) ?? []
    list.push([word, n])
    aliases.set(tool, list)
  }
  const companions = new Map<string, Array<[string, number]>>()
  for (const [key, n] of follows) {
    const [before, after] = key.split('\u0000') as [string, string]
    if (n < options.minCount) continue
    const list = companions.get(before) ?? []
    list.push([after, n])
    companions.set(before, list)
  }
  const best = (list: Array<[string, number]>, max: number) =>
    list
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, max)
      .map(([name]) => name)
  return {
    version: 1,
    turns: turns.length,
    aliases: sortedRecord(new Map([...aliases].map(([t, l]) => [t, best(l, options.maxAliases)]))),
    companions: sortedRecord(new Map([...companions].map(([t, l]) => [t, best(l, 5)]))),
  }
}

/** Reads an association file's text. */
export function parseAssociations(text: string, file: string): Associations {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new ConfigurationError(`invalid association file: ${(error as Error).message}`, {
      position: { file },
    })
  }
  const v = value as Partial<Associations>
  if (v?.version !== 1 || typeof v.aliases !== 'object' || typeof v.companions !== 'object')
    throw new ConfigurationError('not an association file (expected version 1 with aliases and companions)', {
      position: { file },
    })
  return v as Associations
}

// Context keys that describe the request, not the person; everything else is dropped from cases.
const CASE_CONTEXT_KEYS = ['page', 'recentTools'] as const

/**
 * Benchmark cases from logged turns: redacted, with only the page and recent tools of the context,
 * once per distinct message and tool set. Turns that called no tool of the catalogue are skipped.
 * @param catalogue the tool names cases may expect (a case for a removed tool can never pass)
 */
export function casesFromLog(
  turns: readonly LoggedTurn[],
  redact: (text: string) => string,
  catalogue: ReadonlySet<string>,
): string[] {
  const seen = new Set<string>()
  const lines: string[] = []
  for (const turn of turns) {
    const expected = [...new Set(turn.calledTools)].filter((t) => catalogue.has(t)).sort()
    if (expected.length === 0) continue
    const message = redact(turn.message)
    const key = `${message}\u0000${expected.join(',')}`
    if (seen.has(key)) continue
    seen.add(key)
    const context = Object.fromEntries(
      CASE_CONTEXT_KEYS.filter((k) => turn.context[k] !== undefined).map((k) => [k, turn.context[k]]),
    )
    lines.push(JSON.stringify({ message, ...(Object.keys(context).length > 0 ? { context } : {}), expected }))
  }
  return lines
}
