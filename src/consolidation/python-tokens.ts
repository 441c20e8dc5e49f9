/**
 * A tokenizer for Python source, enough to tell code from strings and comments: string prefixes
 * (r, b, u, f and pairs), single and triple quotes, escapes, f-string replacement fields with nested
 * strings, comments, backslash continuations and newlines inside brackets. It never throws: an
 * unterminated string runs to the end of the file (or line), as Python's own tokenizer would report.
 *
 * Chosen over a tree-sitter grammar (.wasm) because imports need only the lexical layer, and a
 * scanner in TypeScript bundles with no asset to ship and runs in microseconds per file.
 */

/** Token kinds; `newline` ends a logical line (never inside brackets or after a backslash). */
export type PyTokenType = 'name' | 'number' | 'string' | 'op' | 'newline' | 'comment'

export interface PyToken {
  type: PyTokenType
  value: string
  start: number
  end: number
}

const NAME_START = /[\p{L}_]/u
const NAME_PART = /[\p{L}\p{N}_]/u
const STRING_PREFIX = /^(?:[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])$/
const OPERATORS = [
  '**=',
  '//=',
  '>>=',
  '<<=',
  '...',
  '->',
  ':=',
  '**',
  '//',
  '<<',
  '>>',
  '<=',
  '>=',
  '==',
  '!=',
]
const OPERATOR_EQ = new Set(['+', '-', '*', '/', '%', '&', '|', '^', '@'])

/** Splits Python source into tokens; whitespace and backslash continuations are dropped. */
export function tokenizePython(text: string): PyToken[] {
  const tokens: PyToken[] = []
  let depth = 0
  let i = 0
  const push = (type: PyTokenType, start: number, end: number) =>
    tokens.push({ type, value: text.slice(start, end), start, end })
  while (i < text.length) {
    const c = text[i]!
    if (c === '\n') {
      const last = tokens[tokens.length - 1]
      if (depth === 0 && last && last.type !== 'newline') push('newline', i, i + 1)
      i++
    } else if (c === ' ' || c === '\t' || c === '\r' || c === '\f') {
      i++
    } else if (c === '\\' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'))) {
      i += text[i + 1] === '\n' ? 2 : 3
    } else if (c === '#') {
      const end = lineEnd(text, i)
      push('comment', i, end)
      i = end
    } else if (c === '"' || c === "'") {
      const end = scanString(text, i, '')
      push('string', i, end)
      i = end
    } else if (NAME_START.test(c)) {
      let j = i + 1
      while (j < text.length && NAME_PART.test(text[j]!)) j++
      const word = text.slice(i, j)
      if ((text[j] === '"' || text[j] === "'") && STRING_PREFIX.test(word)) {
        const end = scanString(text, j, word.toLowerCase())
        push('string', i, end)
        i = end
      } else {
        push('name', i, j)
        i = j
      }
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(text[i + 1] ?? ''))) {
      let j = i + 1
      while (j < text.length && /[0-9a-zA-Z_.]/.test(text[j]!)) {
        // Exponent signs belong to the number: 1e-5.
        j +=
          /[eE]/.test(text[j]!) && /[+-]/.test(text[j + 1] ?? '') && !/^0[xX]/.test(text.slice(i, j)) ? 2 : 1
      }
      push('number', i, j)
      i = j
    } else {
      const op = OPERATORS.find((o) => text.startsWith(o, i))
      const len = op ? op.length : OPERATOR_EQ.has(c) && text[i + 1] === '=' ? 2 : 1
      if ('([{'.includes(c)) depth++
      else if (')]}'.includes(c)) depth = Math.max(0, depth - 1)
      push('op', i, i + len)
      i += len
    }
  }
  return tokens
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from)
  return end === -1 ? text.length : end
}

/**
 * Returns the offset just past the string whose opening quote is at `quote`. Raw strings keep
 * backslashes but a backslash still protects the next quote, as in Python.
 */
function scanString(text: string, quote: number, prefix: string): number {
  const q = text[quote]!
  const triple = text.startsWith(q.repeat(3), quote)
  const close = triple ? q.repeat(3) : q
  const formatted = prefix.includes('f')
  let i = quote + close.length
  while (i < text.length) {
    const c = text[i]!
    if (c === '\\') i += 2
    else if (text.startsWith(close, i)) return i + close.length
    else if (c === '\n' && !triple) return i
    else if (formatted && c === '{') {
      if (text[i + 1] === '{') i += 2
      else i = scanReplacementField(text, i + 1)
    } else i++
  }
  return text.length
}

/** Skips an f-string `{...}` field, which may itself hold strings and nested brackets. */
function scanReplacementField(text: string, from: number): number {
  let depth = 1
  let i = from
  while (i < text.length && depth > 0) {
    const c = text[i]!
    if (c === '"' || c === "'") {
      i = scanString(text, i, '')
      continue
    }
    if (c === '{' || c === '[' || c === '(') depth++
    else if (c === '}' || c === ']' || c === ')') depth--
    else if (c === '\n' && depth === 1) break
    i++
  }
  return i
}
