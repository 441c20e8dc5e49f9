/**
 * Companions derived from tool names: tools that act on the same thing with another verb
 * (`create_calendar_event` -> `update_calendar_event`, `delete_calendar_event`,
 * `get_calendar_events`), so a follow-up ("actually make it 4pm") finds the next step even when
 * config lists no companions.
 */
import { stem, words } from './text.js'

// Verbs that start a tool name and act on the noun after them.
const VERBS = new Set(
  (
    'create add new make insert post get fetch read list find search show view update edit modify ' +
    'change set patch rename move delete remove cancel clear archive restore undo book reschedule ' +
    'save mark toggle enable disable start stop'
  ).split(' '),
)

// A noun shared by many tools (e.g. `item`) says little; companions stay a short list.
const MAX_GROUP = 6

/** The stemmed noun a tool name acts on, or undefined when it does not start with a known verb. */
export function nounOf(name: string): string | undefined {
  const parts = words(name)
  if (parts.length < 2 || !VERBS.has(parts[0]!)) return undefined
  return parts.slice(1).map(stem).join(' ')
}

/** tool index -> the other tools acting on the same noun. */
export function derivedCompanions(names: readonly string[]): Map<number, number[]> {
  const groups = new Map<string, number[]>()
  names.forEach((name, i) => {
    const noun = nounOf(name)
    if (noun === undefined) return
    const group = groups.get(noun) ?? []
    group.push(i)
    groups.set(noun, group)
  })
  const out = new Map<number, number[]>()
  for (const group of groups.values()) {
    if (group.length < 2 || group.length > MAX_GROUP) continue
    for (const i of group)
      out.set(
        i,
        group.filter((j) => j !== i),
      )
  }
  return out
}
