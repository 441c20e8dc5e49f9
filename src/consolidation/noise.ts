/**
 * What a near-copy is not: the token filter run before fingerprinting. Import and export lists,
 * type-only declarations, enum bodies, literal tables (string lists, objects of constants) and
 * markup (JSX tags, attributes and text) look alike in every file of a code base, so matching them
 * reported hundreds of "copies" that nobody would merge. What remains is logic: statements,
 * calls, expressions, including the expressions inside JSX braces.
 *
 * Token-level on purpose: it runs on the normalised tokens of either language with no AST, in
 * microseconds per file; a wrong guess only keeps or drops a few tokens of one file.
 */
import type { CodeToken } from './js-tokens.js'
import type { Language } from './types.js'

/** The tokens of a file that carry logic, in order. */
export function meaningfulTokens(language: Language, tokens: CodeToken[]): CodeToken[] {
  if (language === 'python') return dropConstants(collapseTables(dropPythonImports(tokens)))
  return dropConstants(collapseTables(dropMarkup(dropDeclarations(tokens))))
}

const OPEN: Record<string, string> = { '(': ')', '[': ']', '{': '}' }
const CLOSE = new Set([')', ']', '}'])

/** Index of the bracket closing the one at `i`, or -1. */
function closing(t: CodeToken[], i: number): number {
  let depth = 0
  for (let j = i; j < t.length; j++) {
    const v = t[j]!.value
    if (OPEN[v]) depth++
    else if (CLOSE.has(v) && --depth === 0) return j
  }
  return -1
}

function statementStart(t: CodeToken[], i: number): boolean {
  const prev = t[i - 1]
  return !prev || prev.value === ';' || prev.value === '}' || prev.value === '{' || prev.line < t[i]!.line
}

/** Drops JS/TS import and export lists and type-only declarations (interfaces, aliases, enums, declare). */
function dropDeclarations(t: CodeToken[]): CodeToken[] {
  const out: CodeToken[] = []
  for (let i = 0; i < t.length;) {
    const end = statementStart(t, i) ? declarationEnd(t, i) : i
    if (end > i) i = end
    else out.push(t[i++]!)
  }
  return out
}

/** Where the import, export list or type declaration starting at `i` ends; `i` when none does. */
function declarationEnd(t: CodeToken[], i: number): number {
  const v = t[i]!.value
  const next = t[i + 1]?.value
  if (v === 'import' && next !== '(' && next !== '.') return importEnd(t, i + 1)
  if (v === 'export') {
    const k = next === 'type' && t[i + 2]?.value === '{' ? i + 2 : i + 1
    if (t[k]?.value === '{') return fromClauseEnd(t, closing(t, k) + 1)
    if (t[k]?.value === '*') return fromClauseEnd(t, t[k + 1]?.value === 'as' ? k + 3 : k + 1)
    const end = typeDeclarationEnd(t, i + 1)
    return end > i + 1 ? end : i
  }
  return typeDeclarationEnd(t, i)
}

/** After `import`: up to the module string (`from 'x'`, a bare `'x'`, or `= require('x')`). */
function importEnd(t: CodeToken[], j: number): number {
  for (; j < t.length; j++) {
    const prev = t[j - 1]!
    if (t[j]!.value === 'LIT' && (prev.word === 'from' || prev.value === 'import' || prev.value === '(')) {
      j++
      if (t[j]?.value === ')') j++
      return t[j]?.value === ';' ? j + 1 : j
    }
    if (t[j]!.value === ';') return j + 1
  }
  return j
}

function fromClauseEnd(t: CodeToken[], j: number): number {
  if (j <= 0) return t.length
  if (t[j]?.word === 'from' && t[j + 1]?.value === 'LIT') j += 2
  return t[j]?.value === ';' ? j + 1 : j
}

// A type alias continues on the next line after these, or when that line starts with one of LEADS.
const CONTINUES = new Set(['=', '|', '&', ',', '=>', '?', ':', '<', 'extends', 'keyof', '.', '('])
const LEADS = new Set(['|', '&', '.', '?', ':', '=>', '>', 'extends'])

/** `interface`, `type X =`, `enum`, `const enum`, `declare ...` starting at `i`: where it ends. */
function typeDeclarationEnd(t: CodeToken[], i: number): number {
  let k = i
  if (t[k]?.word === 'declare') return blockOrStatementEnd(t, k + 1)
  if (t[k]?.value === 'const' && t[k + 1]?.value === 'enum') k++
  const v = t[k]?.value
  if ((v === 'interface' || v === 'enum') && t[k + 1]?.value === 'ID') return blockOrStatementEnd(t, k + 1)
  if (v === 'type' && t[k + 1]?.value === 'ID' && ['=', '<'].includes(t[k + 2]?.value ?? '')) {
    let depth = 0
    for (let j = k + 2; j < t.length; j++) {
      const tok = t[j]!.value
      if (depth === 0 && tok === ';') return j + 1
      if (depth === 0 && j > k + 3 && t[j]!.line > t[j - 1]!.line) {
        if (!CONTINUES.has(t[j - 1]!.value) && !LEADS.has(tok)) return j
      }
      if (OPEN[tok]) depth++
      else if (CLOSE.has(tok)) depth--
    }
    return t.length
  }
  return i
}

/** The end of the first top-level `{...}` block, or of the statement (`;`) if that comes first. */
function blockOrStatementEnd(t: CodeToken[], j: number): number {
  for (; j < t.length; j++) {
    if (t[j]!.value === ';') return j + 1
    if (t[j]!.value === '{') {
      const end = closing(t, j)
      return end < 0 ? t.length : end + 1
    }
  }
  return j
}

/** Python `import x` and `from x import (...)` lines. */
function dropPythonImports(t: CodeToken[]): CodeToken[] {
  const out: CodeToken[] = []
  for (let i = 0; i < t.length;) {
    const atLine = i === 0 || t[i - 1]!.value === 'NL'
    if (atLine && (t[i]!.value === 'import' || t[i]!.value === 'from')) {
      while (i < t.length && t[i]!.value !== 'NL') i++
      i++
    } else out.push(t[i++]!)
  }
  return out
}

// Tokens a table may hold besides literals, names and nested tables.
const TABLE_PARTS = new Set([
  ',',
  ':',
  '-',
  '+',
  '.',
  '...',
  'NL',
  'as',
  'const',
  'true',
  'false',
  'null',
  'None',
  'True',
  'False',
])

/**
 * Replaces each `[...]` or `{...}` holding only literals, names and keys by one `TABLE` token: a
 * list of strings, a map of constants, a menu of action names or a destructuring is data, and two
 * files listing the same kind of data are not copies of each other's logic.
 */
function collapseTables(t: CodeToken[]): CodeToken[] {
  const out: CodeToken[] = []
  const opens: number[] = []
  for (const token of t) {
    if (token.value === '[' || token.value === '{') opens.push(out.length)
    if ((token.value === ']' || token.value === '}') && opens.length > 0) {
      const open = opens.pop()!
      if (isTable(out, open + 1)) {
        out.splice(open, out.length - open, { value: 'TABLE', line: out[open]!.line })
        continue
      }
    }
    out.push(token)
  }
  return out
}

function isTable(t: CodeToken[], from: number): boolean {
  let values = 0
  for (let j = from; j < t.length; j++) {
    const v = t[j]!.value
    if (v === 'LIT' || v === 'TABLE' || v === 'ID') values++
    else if (!TABLE_PARTS.has(v)) return false
  }
  return values >= 3
}

/**
 * Drops constant declarations, `export const NAME = 'value' as const` or `NAME = {...}` in Python:
 * a file of error codes or settings is a table written as statements.
 */
function dropConstants(t: CodeToken[]): CodeToken[] {
  const out: CodeToken[] = []
  for (let i = 0; i < t.length;) {
    const end = statementStart(t, i) ? constantEnd(t, i) : i
    if (end > i) i = end
    else out.push(t[i++]!)
  }
  return out
}

function constantEnd(t: CodeToken[], i: number): number {
  let j = i
  if (t[j]?.value === 'export') j++
  if (t[j]?.value === 'const' || t[j]?.value === 'let' || t[j]?.value === 'var') j++
  if (t[j]?.value !== 'ID' || t[j + 1]?.value !== '=') return i
  j += 2
  if (t[j]?.value === '-') j++
  if (t[j]?.value !== 'LIT' && t[j]?.value !== 'TABLE') return i
  j++
  if (t[j]?.value === 'as' && t[j + 1]?.value === 'const') j += 2
  if (t[j]?.value === ';' || t[j]?.value === 'NL') return j + 1
  // The declaration must end here: the next token starts a new line.
  return j >= t.length || t[j]!.line > t[j - 1]!.line ? j : i
}

// Before these a `<` opens JSX; after an identifier or a closing bracket it compares.
const JSX_AFTER = new Set(['(', 'return', '=>', '?', ':', '&&', '||', '??', ',', '=', '{', '[', '}', ';'])

/**
 * Drops JSX markup: tags, attribute names, literal attribute values and text. The expressions in
 * braces stay, so handlers and conditions still count while `<button className="...">` does not.
 */
function dropMarkup(t: CodeToken[]): CodeToken[] {
  const out: CodeToken[] = []
  for (let i = 0; i < t.length;) {
    if (t[i]!.value === '<' && (i === 0 || JSX_AFTER.has(t[i - 1]!.value))) {
      const kept: CodeToken[] = []
      const end = element(t, i, kept)
      if (end > i) {
        out.push(...kept)
        i = end
        continue
      }
    }
    out.push(t[i++]!)
  }
  return out
}

const NAME = /^[A-Za-z_$]/

/** Parses the element at `i` (a `<`), keeping its brace expressions; the index after it, or -1. */
function element(t: CodeToken[], i: number, kept: CodeToken[]): number {
  let j = i + 1
  if (t[j]?.value !== '>') {
    if (!NAME.test(t[j]?.value ?? '')) return -1
    j++
    while (['.', ':', '-'].includes(t[j]?.value ?? '') && NAME.test(t[j + 1]?.value ?? '')) j += 2
  }
  while (j < t.length) {
    const v = t[j]!.value
    if (v === '/' && t[j + 1]?.value === '>') return j + 2
    if (v === '>') return closingTag(t, children(t, j + 1, kept))
    if (v === '{') {
      j = expression(t, j, kept)
      if (j < 0) return -1
    } else if (NAME.test(v)) {
      j++
      while ((t[j]?.value === '-' || t[j]?.value === ':') && NAME.test(t[j + 1]?.value ?? '')) j += 2
      if (t[j]?.value !== '=') continue
      j++
      if (t[j]?.value === 'LIT') j++
      else if (t[j]?.value === '{') j = expression(t, j, kept)
      else return -1
      if (j < 0) return -1
    } else return -1
  }
  return -1
}

/** Children up to the closing tag's `<`; -1 when the markup does not close. */
function children(t: CodeToken[], j: number, kept: CodeToken[]): number {
  while (j >= 0 && j < t.length) {
    const v = t[j]!.value
    if (v === '<' && t[j + 1]?.value === '/') return j
    if (v === '<') j = element(t, j, kept)
    else if (v === '{') j = expression(t, j, kept)
    else j++
  }
  return -1
}

function closingTag(t: CodeToken[], j: number): number {
  if (j < 0) return -1
  for (j += 2; j < t.length; j++) if (t[j]!.value === '>') return j + 1
  return -1
}

/** Keeps the tokens of the `{...}` at `j` (with their own markup dropped); the index after it. */
function expression(t: CodeToken[], j: number, kept: CodeToken[]): number {
  const end = closing(t, j)
  if (end < 0) return -1
  kept.push(...dropMarkup(t.slice(j + 1, end)))
  return end + 1
}
