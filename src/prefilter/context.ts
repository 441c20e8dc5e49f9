/**
 * What the request context says about which tools fit: the current page or domain, app state,
 * recent tools and their companions. Pure reads of the context; unknown keys are ignored.
 */
import type { ToolIndex } from './index-build.js'
import { terms } from './text.js'
import type { ConversationTurn, PrefilterContext } from './types.js'

/** Config the context is read against. */
export interface ContextRules {
  /** page or domain -> categories or tool names it shows. */
  pages: Record<string, readonly string[]>
  /** tool -> tools usually called after it. */
  companions: Record<string, readonly string[]>
  /** tool index -> tools acting on the same noun, derived from names (see companions.ts). */
  derived?: ReadonlyMap<number, readonly number[]>
  recentLimit: number
}

/** Indexes of the tools named by a list of categories or tool names. */
function toolsNamed(index: ToolIndex, names: readonly string[]): Set<number> {
  const wanted = new Set(names)
  const out = new Set<number>()
  index.categories.forEach((c, i) => {
    if (c && wanted.has(c)) out.add(i)
  })
  for (const name of names) {
    const i = index.byName.get(name)
    if (i !== undefined) out.add(i)
  }
  return out
}

/** Tools whose category is named in full by the given stems ("forensic engineering", not "engineering"). */
export function toolsOfCategoryTerms(index: ToolIndex, stems: ReadonlySet<string>): Set<number> {
  const categories = new Set<string>()
  for (const [category, words] of index.categoryTerms) {
    if (words.size > 0 && [...words].every((w) => stems.has(w))) categories.add(category)
  }
  return toolsNamed(index, [...categories])
}

/**
 * Tools of the current page or domain: from the `pages` config when a key matches (exactly or as a
 * path prefix), else the categories the page's words name. App state flags that are on (e.g.
 * `activeTrip: true`) name categories the same way.
 */
export function contextTools(index: ToolIndex, context: PrefilterContext, rules: ContextRules): Set<number> {
  const out = new Set<number>()
  const page = typeof context.page === 'string' ? context.page.trim().toLowerCase() : ''
  if (page) {
    const key = Object.keys(rules.pages).find((k) => {
      const p = k.toLowerCase()
      return page === p || page.startsWith(p.endsWith('/') ? p : `${p}/`)
    })
    const named = key
      ? toolsNamed(index, rules.pages[key]!)
      : toolsOfCategoryTerms(index, new Set(terms(page)))
    for (const i of named) out.add(i)
  }
  const state = context.userState
  if (state && typeof state === 'object') {
    const on = Object.entries(state)
      .filter(([, v]) => v === true || (typeof v === 'string' && v.length > 0 && v.length < 40))
      .map(([k, v]) => (typeof v === 'string' ? `${k} ${v}` : k))
    for (const i of toolsOfCategoryTerms(index, new Set(terms(on.join(' '))))) out.add(i)
  }
  return out
}

/** The most recent tools that exist in the catalogue, most recent first, at most `limit`. */
export function recentTools(index: ToolIndex, context: PrefilterContext, limit: number): number[] {
  const recent = Array.isArray(context.recentTools) ? context.recentTools : []
  const out: number[] = []
  for (let i = recent.length - 1; i >= 0 && out.length < limit; i--) {
    const name = recent[i]
    const doc = typeof name === 'string' ? index.byName.get(name) : undefined
    if (doc !== undefined && !out.includes(doc)) out.push(doc)
  }
  return out
}

/**
 * Companions of the given tools, as indexes: config `companions` when it lists the tool, else
 * those derived from names (`update_X` after `create_X`).
 */
export function companionTools(index: ToolIndex, docs: readonly number[], rules: ContextRules): Set<number> {
  const out = new Set<number>()
  for (const doc of docs) {
    const configured = rules.companions[index.tools[doc]!.name]
    if (configured) {
      for (const name of configured) {
        const i = index.byName.get(name)
        if (i !== undefined) out.add(i)
      }
    } else for (const i of rules.derived?.get(doc) ?? []) out.add(i)
  }
  return out
}

/** The text of the last user turns (at most two), for follow-ups that lean on them. */
export function historyText(turns: unknown): string {
  if (!Array.isArray(turns)) return ''
  const user = (turns as ConversationTurn[])
    .map((t) => (typeof t === 'string' ? t : t && (t.role ?? 'user') === 'user' ? t.content : undefined))
    .filter((t): t is string => typeof t === 'string')
  return user.slice(-2).join('\n')
}
