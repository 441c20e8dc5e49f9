/**
 * A small lexer for JS/TS used only to fingerprint code for near-copy detection: it yields
 * normalised tokens (identifiers → `ID`, literals → `LIT`, keywords and punctuation as written)
 * with their lines, skipping comments. Regex literals are told from division by the previous
 * token, the classic heuristic; a wrong guess only blurs a fingerprint, it never hides an import.
 */

/** A normalised token and the 1-based line it starts on. */
export interface CodeToken {
  value: string
  line: number
  /** An identifier as written (`from`, `of`...), for the noise filter; absent for other tokens. */
  word?: string
}

const KEYWORDS = new Set(
  (
    'async await break case catch class const continue debugger default delete do else export extends ' +
    'finally for function if import in instanceof let new of return static super switch this throw try ' +
    'typeof var void while with yield true false null undefined interface type enum implements ' +
    'private public protected readonly abstract as satisfies keyof'
  ).split(' '),
)
const PUNCTUATORS = [
  '>>>=',
  '...',
  '===',
  '!==',
  '**=',
  '<<=',
  '>>=',
  '>>>',
  '&&=',
  '||=',
  '??=',
  '=>',
  '==',
  '!=',
  '<=',
  '>=',
  '&&',
  '||',
  '??',
  '?.',
  '++',
  '--',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '&=',
  '|=',
  '^=',
  '**',
  '<<',
  '>>',
]
// After these a `/` starts a regex; after an identifier, literal or closing bracket it divides.
const VALUE_END = /^(?:ID|LIT|\)|\]|\}|this|super)$/

/** Tokenizes JS/TS/JSX text into normalised tokens; JSX text reads as identifiers, which is fine here. */
export function tokenizeScript(text: string): CodeToken[] {
  const out: CodeToken[] = []
  let line = 1
  let i = 0
  const push = (value: string, start: number, end: number, word?: string) => {
    out.push(word === undefined ? { value, line } : { value, line, word })
    line += countNewlines(text, start, end)
  }
  while (i < text.length) {
    const c = text[i]!
    const next = text[i + 1]
    if (c === '\n') {
      line++
      i++
    } else if (c === ' ' || c === '\t' || c === '\r') {
      i++
    } else if (c === '/' && next === '/') {
      i = text.indexOf('\n', i)
      if (i === -1) i = text.length
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2)
      const stop = end === -1 ? text.length : end + 2
      line += countNewlines(text, i, stop)
      i = stop
    } else if (c === '"' || c === "'" || c === '`') {
      const end = skipQuoted(text, i)
      push('LIT', i, end)
      i = end
    } else if (/[A-Za-z_$\u00c0-\uffff]/.test(c)) {
      let j = i + 1
      while (j < text.length && /[\w$\u00c0-\uffff]/.test(text[j]!)) j++
      const word = text.slice(i, j)
      if (KEYWORDS.has(word)) push(word, i, j)
      else push('ID', i, j, word)
      i = j
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(next ?? ''))) {
      let j = i + 1
      while (j < text.length && /[\w.]/.test(text[j]!)) j++
      push('LIT', i, j)
      i = j
    } else if (c === '/' && !VALUE_END.test(out[out.length - 1]?.value ?? '') && !closesTag(out, next)) {
      const end = skipRegex(text, i)
      push('LIT', i, end)
      i = end
    } else {
      const p = PUNCTUATORS.find((q) => text.startsWith(q, i)) ?? c
      push(p, i, i + p.length)
      i += p.length
    }
  }
  return out
}

/** `</div>` and `</>`: a JSX closing tag, not a regex. */
function closesTag(out: CodeToken[], next: string | undefined): boolean {
  return out[out.length - 1]?.value === '<' && next !== undefined && /[A-Za-z>]/.test(next)
}

function countNewlines(text: string, start: number, end: number): number {
  let n = 0
  for (let i = text.indexOf('\n', start); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++
  return n
}

/** End of a string or template literal; template `${...}` bodies are skipped with their braces. */
function skipQuoted(text: string, start: number): number {
  const q = text[start]!
  let i = start + 1
  let depth = 0
  while (i < text.length) {
    const c = text[i]!
    if (c === '\\') i += 2
    else if (depth === 0 && c === q) return i + 1
    else if (depth === 0 && c === '\n' && q !== '`') return i
    else if (q === '`' && c === '$' && text[i + 1] === '{') {
      depth++
      i += 2
    } else {
      if (depth > 0 && c === '{') depth++
      else if (depth > 0 && c === '}') depth--
      i++
    }
  }
  return text.length
}

function skipRegex(text: string, start: number): number {
  let i = start + 1
  let inClass = false
  while (i < text.length && text[i] !== '\n') {
    const c = text[i]!
    if (c === '\\') {
      i += 2
      continue
    }
    if (c === '/' && !inClass) {
      i++
      while (/[a-z]/.test(text[i] ?? '')) i++
      return i
    }
    if (c === '[') inClass = true
    else if (c === ']') inClass = false
    i++
  }
  return i
}
