/**
 * The search index over a tool set, built once per set: weighted term frequencies per tool over
 * name, aliases, description, parameter names and parameter descriptions (BM25F-style, one length
 * per tool), inverted postings for a fast query, and each tool's token count.
 */
import { isStopWord, namesSomething, terms, words } from './text.js'
import { toolTokens, type Serialisation } from './tokens.js'
import type { ParameterSchema, Tool } from './types.js'

/** Weight of each field of a tool in its term frequencies; the name says most about a tool. */
export interface FieldWeights {
  name: number
  description: number
  parameterNames: number
  parameterText: number
  category: number
}

export const DEFAULT_FIELD_WEIGHTS: FieldWeights = {
  name: 3,
  description: 1,
  parameterNames: 0.75,
  parameterText: 0.4,
  category: 0.5,
}

/** One term's postings: the tools that hold it and its weighted frequency in each. */
export interface Posting {
  docs: number[]
  tf: number[]
}

/** A built index; read-only once built, so one index serves concurrent requests. */
export interface ToolIndex {
  tools: Tool[]
  /** Each tool's tokens; counted on first read (the first filter), so building stays cheap. */
  readonly tokens: readonly number[]
  readonly totalTokens: number
  postings: Map<string, Posting>
  idf: Map<string, number>
  /** Weighted length of each tool's text, and their mean: BM25's length normalisation. */
  lengths: Float64Array
  averageLength: number
  byName: Map<string, number>
  /** Category of each tool (from config or the definition), or undefined. */
  categories: Array<string | undefined>
  /** Stems naming each category, so a message about "trips" finds the `trips` category. */
  categoryTerms: Map<string, Set<string>>
  /** Word families: a stem of 4+ letters -> the indexed terms it begins ("rent" -> "rental"). */
  extensions: Map<string, string[]>
  /** Stop words that are words of a tool's name: kept in every text, so `like` finds `like_post`. */
  keep: Set<string>
}

/** Options of {@link buildIndex}. */
export interface IndexOptions {
  serialisation?: Serialisation
  /** tool -> extra words users say for it; indexed with the name's weight. */
  aliases?: Record<string, readonly string[]>
  /** category -> its tools; overrides a category the definition carries. */
  categories?: Record<string, readonly string[]>
  weights?: FieldWeights
}

/** Names and descriptions of the parameters, one level deep and through array items. */
function parameterTexts(schema: ParameterSchema): { names: string[]; texts: string[] } {
  const names: string[] = []
  const texts: string[] = []
  const visit = (properties: unknown, depth: number) => {
    if (typeof properties !== 'object' || properties === null || depth > 2) return
    for (const [name, value] of Object.entries(properties as Record<string, unknown>)) {
      names.push(name)
      if (typeof value !== 'object' || value === null) continue
      const prop = value as Record<string, unknown>
      if (typeof prop.description === 'string') texts.push(prop.description)
      if (Array.isArray(prop.enum)) texts.push(prop.enum.filter((e) => typeof e === 'string').join(' '))
      visit(prop.properties, depth + 1)
      const items = prop.items as Record<string, unknown> | undefined
      if (items && typeof items === 'object') visit(items.properties, depth + 1)
    }
  }
  visit(schema.properties, 0)
  return { names, texts }
}

function addTerms(into: Map<string, number>, text: string, weight: number, keep: ReadonlySet<string>): void {
  if (weight <= 0) return
  for (const term of terms(text, keep)) into.set(term, (into.get(term) ?? 0) + weight)
}

/** The stop words that are words of some tool's name and still mean something there. */
export function nameStopWords(tools: readonly Tool[]): Set<string> {
  const keep = new Set<string>()
  for (const tool of tools)
    for (const w of words(tool.name)) if (isStopWord(w) && namesSomething(w)) keep.add(w)
  return keep
}

/** The weighted term frequencies of one tool. */
export function toolTerms(
  tool: Tool,
  aliases: readonly string[],
  category: string | undefined,
  weights: FieldWeights,
  keep: ReadonlySet<string> = new Set(),
) {
  const tf = new Map<string, number>()
  addTerms(tf, tool.name, weights.name, keep)
  addTerms(tf, aliases.join(' '), weights.name, keep)
  addTerms(tf, tool.description, weights.description, keep)
  const params = parameterTexts(tool.parameters)
  addTerms(tf, params.names.join(' '), weights.parameterNames, keep)
  addTerms(tf, params.texts.join(' '), weights.parameterText, keep)
  if (category) addTerms(tf, category, weights.category, keep)
  return tf
}

/** Category of every tool: config first, then what the definition says. */
function categoriesOf(
  tools: readonly Tool[],
  config: Record<string, readonly string[]>,
): Array<string | undefined> {
  const fromConfig = new Map<string, string>()
  for (const [category, names] of Object.entries(config)) for (const n of names) fromConfig.set(n, category)
  return tools.map((t) => fromConfig.get(t.name) ?? t.category)
}

/**
 * Indexes a tool set. Cost is linear in the tools' text (about 10 ms for 1,000 tools); token
 * counts follow on first use.
 */
export function buildIndex(tools: readonly Tool[], options: IndexOptions = {}): ToolIndex {
  const weights = options.weights ?? DEFAULT_FIELD_WEIGHTS
  const categories = categoriesOf(tools, options.categories ?? {})
  const postings = new Map<string, Posting>()
  const lengths = new Float64Array(tools.length)
  const byName = new Map<string, number>()
  const keep = nameStopWords(tools)
  tools.forEach((tool, doc) => {
    byName.set(tool.name, doc)
    const tf = toolTerms(tool, options.aliases?.[tool.name] ?? [], categories[doc], weights, keep)
    let length = 0
    for (const [term, f] of tf) {
      length += f
      const posting = postings.get(term) ?? { docs: [], tf: [] }
      posting.docs.push(doc)
      posting.tf.push(f)
      postings.set(term, posting)
    }
    lengths[doc] = length
  })
  const n = tools.length
  const idf = new Map<string, number>()
  for (const [term, posting] of postings) {
    const df = posting.docs.length
    idf.set(term, Math.log(1 + (n - df + 0.5) / (df + 0.5)))
  }
  const categoryTerms = new Map<string, Set<string>>()
  for (const c of categories) if (c && !categoryTerms.has(c)) categoryTerms.set(c, new Set(terms(c)))
  // Tokenizing every definition is most of a build's cost; the first filter needs it, not the build.
  let tokens: number[] | undefined
  let totalTokens = 0
  const counted = () => {
    if (!tokens) {
      tokens = tools.map((t) => toolTokens(t, options.serialisation ?? 'auto'))
      totalTokens = tokens.reduce((a, b) => a + b, 0)
    }
    return tokens
  }
  const extensions = new Map<string, string[]>()
  for (const term of postings.keys()) {
    for (let k = 4; k < term.length; k++) {
      const prefix = term.slice(0, k)
      const list = extensions.get(prefix)
      if (list) list.push(term)
      else extensions.set(prefix, [term])
    }
  }
  return {
    tools: [...tools],
    get tokens() {
      return counted()
    },
    get totalTokens() {
      counted()
      return totalTokens
    },
    postings,
    idf,
    lengths,
    averageLength: n === 0 ? 1 : lengths.reduce((a, b) => a + b, 0) / n || 1,
    byName,
    categories,
    categoryTerms,
    extensions,
    keep,
  }
}
