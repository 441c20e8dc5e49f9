/**
 * Near spellings: a message word the catalogue lacks finds the catalogue's words that share most
 * of its letter triples ("astrology" -> a tool's misspelt "strology", "forecast" -> "foreast").
 * Stems and word families miss these; real catalogues and messages carry typos and variants.
 */
import type { ToolIndex } from './index-build.js'

/** Letter triples of a term, with its edges marked so short words still have a few. */
function trigrams(term: string): Set<string> {
  const padded = `^${term}$`
  const out = new Set<string>()
  for (let i = 0; i + 3 <= padded.length; i++) out.add(padded.slice(i, i + 3))
  return out
}

/** Triple -> indexed terms holding it; built on first use, once per index. */
export class SpellingIndex {
  private readonly byTrigram = new Map<string, string[]>()
  private readonly sizes = new Map<string, number>()
  // The same few words recur across a message's clauses and across messages.
  private readonly memo = new Map<string, Array<readonly [string, number]>>()

  constructor(terms: Iterable<string>, minLength: number) {
    for (const term of terms) {
      if (term.length < minLength) continue
      const grams = trigrams(term)
      this.sizes.set(term, grams.size)
      for (const g of grams) {
        const list = this.byTrigram.get(g)
        if (list) list.push(term)
        else this.byTrigram.set(g, [term])
      }
    }
  }

  /** Indexed terms whose triples overlap `term`'s by at least `min` (Dice), best first. */
  near(term: string, min: number): Array<readonly [string, number]> {
    const key = `${min}\0${term}`
    const hit = this.memo.get(key)
    if (hit) return hit
    const found = this.search(term, min)
    if (this.memo.size < 50_000) this.memo.set(key, found)
    return found
  }

  private search(term: string, min: number): Array<readonly [string, number]> {
    const grams = trigrams(term)
    const shared = new Map<string, number>()
    for (const g of grams)
      for (const t of this.byTrigram.get(g) ?? []) shared.set(t, (shared.get(t) ?? 0) + 1)
    const out: Array<readonly [string, number]> = []
    for (const [t, n] of shared) {
      const dice = (2 * n) / (grams.size + this.sizes.get(t)!)
      if (dice >= min && t !== term) out.push([t, dice])
    }
    return out.sort((a, b) => b[1] - a[1]).slice(0, 3)
  }
}

const spellings = new WeakMap<ToolIndex, SpellingIndex>()

/** The spelling index of a tool index, built lazily (most messages never need it). */
export function spellingIndex(index: ToolIndex, minLength = 5): SpellingIndex {
  let s = spellings.get(index)
  if (!s) spellings.set(index, (s = new SpellingIndex(index.postings.keys(), minLength)))
  return s
}
