/**
 * The baseline of known violations, for gradual adoption. A violation is known when its identity
 * (concern, rule, file, symbol) is listed: never its line or how many times it occurs, so moving
 * code around neither breaks nor silently extends the baseline.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { readOptionalInputFile, REPORT_MAX_BYTES } from '../config/read-input.js'
import { ConfigurationError } from '../errors.js'
import type { Violation } from './types.js'

/** One known violation. */
export interface BaselineEntry {
  concern: string
  rule: string
  file: string
  symbol: string
}

/** The identity string of a violation or baseline entry. */
export function identityOf(v: BaselineEntry): string {
  return [v.concern, v.rule, v.file, v.symbol].join('\u0000')
}

/** Reads the baseline at `file` (absolute); a missing file is an empty baseline. */
export async function readBaseline(file: string, shown: string): Promise<BaselineEntry[]> {
  const text = await readOptionalInputFile(file, {
    display: shown,
    what: 'baseline',
    maxBytes: REPORT_MAX_BYTES,
  })
  if (text === undefined) return []
  try {
    const doc = JSON.parse(text) as { violations?: unknown }
    if (!Array.isArray(doc.violations)) throw new Error('expected {"violations": [...]}')
    return doc.violations.map((v: Partial<BaselineEntry>) => {
      if (![v.concern, v.rule, v.file, v.symbol].every((s) => typeof s === 'string')) {
        throw new Error('each violation needs concern, rule, file and symbol strings')
      }
      return { concern: v.concern!, rule: v.rule!, file: v.file!, symbol: v.symbol! }
    })
  } catch (error) {
    throw new ConfigurationError(
      `baseline ${shown} is not valid: ${(error as Error).message}; regenerate it with --update-baseline`,
      { position: { file: shown }, cause: error },
    )
  }
}

/** The baseline entries of a set of violations, de-duplicated and sorted (stable diffs). */
export function baselineOf(violations: Violation[]): BaselineEntry[] {
  const byId = new Map<string, BaselineEntry>()
  for (const v of violations) {
    const entry = { concern: v.concern, rule: v.rule, file: v.file, symbol: v.symbol }
    byId.set(identityOf(entry), entry)
  }
  return [...byId.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, e]) => e)
}

/** Writes the baseline of `violations`: new ones are added and fixed ones pruned. */
export async function writeBaseline(file: string, violations: Violation[]): Promise<BaselineEntry[]> {
  const entries = baselineOf(violations)
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, `${JSON.stringify({ version: 1, violations: entries }, null, 2)}\n`)
  return entries
}

/** Baseline entries whose violation is gone (fixed): pruned by the next `--update-baseline`. */
export function fixedEntries(entries: BaselineEntry[], violations: Violation[]): BaselineEntry[] {
  const current = new Set(violations.map(identityOf))
  return entries.filter((e) => !current.has(identityOf(e)))
}
