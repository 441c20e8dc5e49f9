/**
 * Core tools named in config but absent from the catalogue: never silently dropped (a report that
 * said "core kept 100%" while `get_time` did not exist hid a real app's bug), and a likely intended
 * name is suggested from the catalogue.
 */
import { words } from './text.js'

/** A configured core tool the catalogue lacks, with the catalogue's closest names. */
export interface MissingCoreTool {
  name: string
  suggestions: string[]
}

/** Edit distance, for a misspelt name ("get_loaction"). */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(row[j - 1]! + 1, previous[j]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    previous = row
  }
  return previous[b.length]!
}

/**
 * Names of the catalogue close to `name`: sharing its words beyond the verb (`get_time` ->
 * `get_current_time`), or a few edits away. Best first, at most three.
 */
export function closestNames(name: string, catalogue: readonly string[]): string[] {
  const own = words(name)
  const nouns = new Set(own.length > 1 ? own.slice(1) : own)
  const scored = catalogue
    .map((candidate) => {
      const theirs = words(candidate)
      const shared = theirs.filter((w) => nouns.has(w)).length
      const edits = distance(name.toLowerCase(), candidate.toLowerCase())
      return { candidate, shared, edits }
    })
    .filter((s) => s.shared > 0 || s.edits <= Math.max(2, Math.floor(name.length / 4)))
  scored.sort((a, b) => b.shared - a.shared || a.edits - b.edits || a.candidate.localeCompare(b.candidate))
  return scored.slice(0, 3).map((s) => s.candidate)
}

/** The configured core names the catalogue does not hold, each with suggestions. */
export function missingCoreTools(core: readonly string[], catalogue: readonly string[]): MissingCoreTool[] {
  const present = new Set(catalogue)
  return core
    .filter((name) => !present.has(name))
    .map((name) => ({ name, suggestions: closestNames(name, catalogue) }))
}

/** "get_time (did you mean get_current_time?)" */
export function describeMissing(missing: MissingCoreTool): string {
  return missing.suggestions.length > 0
    ? `${missing.name} (did you mean ${missing.suggestions.join(' or ')}?)`
    : missing.name
}
