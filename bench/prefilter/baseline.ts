/**
 * The plain BM25 baseline the datasets' references use: name x2, description x1, parameter text
 * x0.5, lower-cased words split at non-alphanumerics (no stemming, no synonyms, no context), top-k.
 */
import type { Tool } from '../../src/prefilter/types.js'

const K1 = 1.2
const B = 0.75

function plainWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0)
}

function parameterText(tool: Tool): string {
  const parts: string[] = []
  for (const [name, value] of Object.entries(tool.parameters.properties ?? {})) {
    parts.push(name)
    const description = (value as { description?: unknown } | null)?.description
    if (typeof description === 'string') parts.push(description)
  }
  return parts.join(' ')
}

/** A built baseline index: `top(message, k)` returns the names of the k best tools. */
export class PlainBm25 {
  private readonly tf: Array<Map<string, number>>
  private readonly lengths: number[]
  private readonly average: number
  private readonly df = new Map<string, number>()

  constructor(private readonly tools: readonly Tool[]) {
    this.tf = tools.map((tool) => {
      const tf = new Map<string, number>()
      const add = (text: string, w: number) => {
        for (const word of plainWords(text)) tf.set(word, (tf.get(word) ?? 0) + w)
      }
      add(tool.name, 2)
      add(tool.description, 1)
      add(parameterText(tool), 0.5)
      return tf
    })
    this.lengths = this.tf.map((tf) => [...tf.values()].reduce((a, b) => a + b, 0))
    this.average = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, this.lengths.length) || 1
    for (const tf of this.tf) for (const term of tf.keys()) this.df.set(term, (this.df.get(term) ?? 0) + 1)
  }

  /** The k best tools for a message, best first, ties by catalogue order. */
  top(message: string, k: number): Tool[] {
    const n = this.tools.length
    const query = [...new Set(plainWords(message))]
    const scores = this.tf.map((tf, doc) => {
      let score = 0
      for (const term of query) {
        const f = tf.get(term)
        if (!f) continue
        const df = this.df.get(term)!
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5))
        score += (idf * f * (K1 + 1)) / (f + K1 * (1 - B + (B * this.lengths[doc]!) / this.average))
      }
      return score
    })
    return scores
      .map((s, i) => [s, i] as const)
      .sort((a, b) => b[0] - a[0] || a[1] - b[1])
      .slice(0, k)
      .map(([, i]) => this.tools[i]!)
  }
}
