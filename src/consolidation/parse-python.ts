/**
 * Imports of a Python file: `import a.b [as c], d`, `from a.b import c, (d as e)`, relative
 * `from ..x import y` and `from . import y`, at the start of any logical line (so imports inside
 * functions, `try` and `if TYPE_CHECKING:` count). Built on {@link tokenizePython}, so text in
 * comments and strings is never an import.
 */
import { LineIndex } from './positions.js'
import { tokenizePython, type PyToken } from './python-tokens.js'
import type { ImportRecord, ParsedSource } from './types.js'

/** Parses one Python file's imports; malformed import statements are skipped, not fatal. */
export function parsePython(text: string): ParsedSource {
  const tokens = tokenizePython(text)
  const lines = new LineIndex(text)
  const comments: Array<[number, number]> = []
  const imports: ImportRecord[] = []
  let statement: PyToken[] = []
  const flush = () => {
    if (statement.length > 0) imports.push(...importsOf(statement, lines))
    statement = []
  }
  for (const token of tokens) {
    if (token.type === 'comment') comments.push([token.start, token.end])
    else if (token.type === 'newline' || (token.type === 'op' && token.value === ';')) flush()
    else statement.push(token)
  }
  flush()
  return { imports, comments }
}

/** The imports of one logical line (or `;`-separated statement), if it is an import statement. */
function importsOf(tokens: PyToken[], lines: LineIndex): ImportRecord[] {
  // `if TYPE_CHECKING: import x` and `try: import x` put the import after a colon on the same line.
  const colon = tokens.findIndex((t) => t.type === 'op' && t.value === ':')
  const start = tokens[0]?.type === 'name' && COMPOUND.has(tokens[0].value) && colon > 0 ? colon + 1 : 0
  const head = tokens[start]
  if (!head || head.type !== 'name') return []
  const at = lines.at(head.start)
  if (head.value === 'import') {
    return splitCommas(tokens.slice(start + 1)).flatMap((part) => {
      const name = dotted(part)
      return name ? [{ specifier: name, kind: 'static' as const, names: ['*'], level: 0, ...at }] : []
    })
  }
  if (head.value !== 'from') return []
  const importAt = tokens.findIndex((t, i) => i > start && t.type === 'name' && t.value === 'import')
  if (importAt < 0) return []
  const source = tokens.slice(start + 1, importAt)
  let level = 0
  for (const t of source) {
    if (t.type !== 'op' || (t.value !== '.' && t.value !== '...')) break
    level += t.value.length
  }
  const module = dotted(source.slice(source.findIndex((t) => t.type !== 'op')))
  if (level === 0 && !module) return []
  const names = splitCommas(tokens.slice(importAt + 1).filter((t) => !'()'.includes(t.value)))
    .map((part) => (part[0]?.value === '*' ? '*' : part[0]?.type === 'name' ? part[0].value : undefined))
    .filter((n): n is string => n !== undefined)
  return [{ specifier: module ?? '', kind: 'static', names, level, ...at }]
}

const COMPOUND = new Set(['if', 'elif', 'else', 'try', 'except', 'finally', 'with', 'for', 'while'])

/** `a . b . c [as d]` → `a.b.c`; undefined when the tokens are not a dotted name. */
function dotted(tokens: PyToken[]): string | undefined {
  const parts: string[] = []
  for (const t of tokens) {
    if (t.type === 'name' && t.value === 'as') break
    if (t.type === 'name') parts.push(t.value)
    else if (!(t.type === 'op' && t.value === '.')) return undefined
  }
  return parts.length > 0 ? parts.join('.') : undefined
}

function splitCommas(tokens: PyToken[]): PyToken[][] {
  const parts: PyToken[][] = [[]]
  for (const t of tokens) {
    if (t.type === 'op' && t.value === ',') parts.push([])
    else parts[parts.length - 1]!.push(t)
  }
  return parts.filter((p) => p.length > 0)
}
