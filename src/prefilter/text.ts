/**
 * Text to terms: identifiers split at camelCase, snake_case, kebab-case and dots, lower-cased,
 * stop words dropped, Porter-stemmed, so "getWeatherForecast" and "weather forecasts" share terms.
 */
import { stemmer } from 'stemmer'

// Function words and request filler ("can you please tell me") carry no tool signal.
const STOP_WORDS = new Set(
  (
    'a an the and or but if of to in on at by for from with about as into onto than then so is are was were be ' +
    'been being am do does did done have has had having i me my mine we us our you your he she it its they them ' +
    'their this that these those there here what which who whom whose when where why how can could would should ' +
    'will shall may might must please want wanted need needs like let lets also just some any all each every ' +
    'more most much many very too not no yes up down out over again tell give show know help make sure one ' +
    'would im ive id dont thats whats hey hi hello thanks thank ok okay s t'
  ).split(' '),
)

// Stop words that still mean something in a tool's name (`like_post`, `sign_up`, `show_map`); function
// words (`get_user_by_id`, `convert_to_pdf`) say nothing there either.
const NAMING_STOP_WORDS = new Set(
  'like want need help make show tell give know let sure up down out over again more yes no'.split(' '),
)

/** True for a stop word that keeps its meaning when it is a word of a tool's name. */
export function namesSomething(word: string): boolean {
  return NAMING_STOP_WORDS.has(word)
}

const stems = new Map<string, string>()

/** The Porter stem of a lower-case word, cached: the same few thousand words recur in every query. */
export function stem(word: string): string {
  let s = stems.get(word)
  if (s === undefined) {
    s = stemmer(word)
    if (stems.size < 200_000) stems.set(word, s)
  }
  return s
}

/** Splits identifiers and prose into lower-case words, keeping stop words (names need them). */
export function words(text: string): string[] {
  const spaced = text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
  return spaced.split(/[^a-z0-9]+/).filter((w) => w.length > 0)
}

/** True for a word that carries no meaning for tool choice. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word)
}

/**
 * The terms of a text: words without stop words, stemmed. Order and repeats are kept (term frequency).
 * @param keep stop words kept anyway: those that are words of a tool's name (`like` in `like_post`)
 */
export function terms(text: string, keep?: ReadonlySet<string>): string[] {
  const out: string[] = []
  for (const w of words(text)) {
    if (isStopWord(w) && !keep?.has(w)) continue
    // Single letters and bare numbers ("3 units", "id 42") match nothing useful.
    if (w.length < 2 || /^\d+$/.test(w)) continue
    out.push(stem(w))
  }
  return out
}
