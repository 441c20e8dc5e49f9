/**
 * The nesting of brackets in a JSON or YAML flow text, measured without parsing it: parsers and
 * validators recurse per level, so a file nested 100,000 deep would overflow the stack before it
 * could be told what is wrong. Pure; strings (single or double quoted) are skipped.
 */

/** Deeper than any real config or replay: 64 levels. */
export const MAX_NESTING = 64

/**
 * The offset of the first bracket that opens level `max + 1`, or undefined when the text stays
 * within `max` levels.
 */
export function firstTooDeep(text: string, max = MAX_NESTING): number | undefined {
  let depth = 0
  let quote: string | undefined
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quote !== undefined) {
      if (c === '\\' && quote === '"') i++
      else if (c === quote) quote = undefined
      continue
    }
    if (c === '"' || c === "'") {
      // In YAML a quote inside a plain word (`it's`) opens nothing.
      const before = text[i - 1]
      if (before === undefined || /[\s[{,:]/.test(before)) quote = c
    } else if (c === '[' || c === '{') {
      depth++
      if (depth > max) return i
    } else if (c === ']' || c === '}') {
      depth = Math.max(0, depth - 1)
    }
  }
  return undefined
}
