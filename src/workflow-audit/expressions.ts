/**
 * GitHub Actions expressions: finding `${{ }}` in a string and parsing what is inside, so rules can
 * ask which contexts an expression's value flows from (`dataflow`) rather than matching text.
 * The grammar is GitHub's: literals, contexts (`a.b`, `a['b']`, `a.*`), calls, `!`, comparisons,
 * `&&`, `||`, parentheses. Offsets are relative to the expression's body so callers can place a
 * finding at the exact column of a context.
 */

/** A parsed expression node; `start`/`end` are offsets in the parsed body. */
export type Expr =
  | { kind: 'literal'; value: string | number | boolean | null; start: number; end: number }
  | { kind: 'context'; parts: string[]; computed: boolean; start: number; end: number }
  | { kind: 'member'; object: Expr; key: string; start: number; end: number }
  | { kind: 'call'; name: string; args: Expr[]; start: number; end: number }
  | { kind: 'not'; operand: Expr; start: number; end: number }
  | { kind: 'binary'; op: string; left: Expr; right: Expr; start: number; end: number }

/** One `${{ ... }}` in a string: where it starts and ends, and the body between the braces. */
export interface Fenced {
  start: number
  end: number
  body: string
  /** Offset of `body` in the string. */
  bodyStart: number
}

/** Every fenced expression of `text`; a `}}` inside a quoted literal does not close it. */
export function fencedExpressions(text: string): Fenced[] {
  const out: Fenced[] = []
  let at = text.indexOf('${{')
  while (at >= 0) {
    let i = at + 3
    let quoted = false
    for (; i < text.length - 1; i++) {
      if (text[i] === "'") quoted = !quoted
      else if (!quoted && text[i] === '}' && text[i + 1] === '}') break
    }
    if (i >= text.length - 1) break
    out.push({ start: at, end: i + 2, body: text.slice(at + 3, i), bodyStart: at + 3 })
    at = text.indexOf('${{', i + 2)
  }
  return out
}

class ParseError extends Error {
  override readonly name: string = 'ParseError'
}

const TOKEN =
  /\s*(?:(?<num>-?(?:0x[0-9a-f]+|\d+(?:\.\d+)?(?:e[+-]?\d+)?))|(?<str>'(?:[^']|'')*')|(?<id>[A-Za-z_][\w-]*)|(?<op>==|!=|<=|>=|&&|\|\||[<>!().[\],*]))/iy

interface Token {
  type: 'num' | 'str' | 'id' | 'op'
  text: string
  start: number
  end: number
}

function tokenize(body: string): Token[] {
  const tokens: Token[] = []
  TOKEN.lastIndex = 0
  while (TOKEN.lastIndex < body.length) {
    if (/^\s*$/.test(body.slice(TOKEN.lastIndex))) break
    const m = TOKEN.exec(body)
    if (!m?.groups) throw new ParseError(`unexpected character at ${TOKEN.lastIndex}`)
    const [type, text] = Object.entries(m.groups).find(([, v]) => v !== undefined) as [Token['type'], string]
    const end = TOKEN.lastIndex
    tokens.push({ type, text, start: end - text.length, end })
  }
  return tokens
}

const PRECEDENCE: Record<string, number> = {
  '||': 1,
  '&&': 2,
  '==': 3,
  '!=': 3,
  '<': 4,
  '<=': 4,
  '>': 4,
  '>=': 4,
}

/** Parses an expression body; undefined when it is not valid expression syntax. */
export function parseExpression(body: string): Expr | undefined {
  try {
    const tokens = tokenize(body)
    let i = 0
    const peek = () => tokens[i]
    const take = (text?: string): Token => {
      const t = tokens[i]
      if (!t || (text !== undefined && t.text !== text)) throw new ParseError(`expected ${text ?? 'a token'}`)
      i++
      return t
    }
    const binary = (min: number): Expr => {
      let left = unary()
      for (let t = peek(); t && (PRECEDENCE[t.text] ?? 0) >= min; t = peek()) {
        take()
        const right = binary(PRECEDENCE[t.text]! + 1)
        left = { kind: 'binary', op: t.text, left, right, start: left.start, end: right.end }
      }
      return left
    }
    const unary = (): Expr => {
      const t = peek()
      if (t?.text === '!') {
        take()
        const operand = unary()
        return { kind: 'not', operand, start: t.start, end: operand.end }
      }
      return postfix(primary())
    }
    const primary = (): Expr => {
      const t = take()
      if (t.text === '(') {
        const inner = binary(1)
        take(')')
        return inner
      }
      if (t.type === 'num') return { kind: 'literal', value: Number(t.text), start: t.start, end: t.end }
      if (t.type === 'str')
        return { kind: 'literal', value: t.text.slice(1, -1).replace(/''/g, "'"), start: t.start, end: t.end }
      if (t.type !== 'id') throw new ParseError(`unexpected ${t.text}`)
      const word = t.text.toLowerCase()
      if (word === 'true' || word === 'false')
        return { kind: 'literal', value: word === 'true', start: t.start, end: t.end }
      if (word === 'null') return { kind: 'literal', value: null, start: t.start, end: t.end }
      if (peek()?.text === '(') {
        take('(')
        const args: Expr[] = []
        while (peek()?.text !== ')') {
          args.push(binary(1))
          if (peek()?.text === ',') take(',')
        }
        const close = take(')')
        return { kind: 'call', name: word, args, start: t.start, end: close.end }
      }
      return { kind: 'context', parts: [word], computed: false, start: t.start, end: t.end }
    }
    const postfix = (base: Expr): Expr => {
      let node = base
      for (;;) {
        const t = peek()
        if (t?.text === '.') {
          take()
          const key = take()
          if (key.type !== 'id' && key.text !== '*') throw new ParseError('expected a property')
          node = extend(node, key.text === '*' ? '*' : key.text.toLowerCase(), false, key.end)
        } else if (t?.text === '[') {
          take()
          const index = binary(1)
          const close = take(']')
          const literal =
            index.kind !== 'literal'
              ? undefined
              : typeof index.value === 'number'
                ? '*'
                : String(index.value).toLowerCase()
          node = extend(node, literal ?? '*', literal === undefined, close.end)
        } else return node
      }
    }
    const result = binary(1)
    if (i !== tokens.length) throw new ParseError('trailing tokens')
    return result
  } catch (error) {
    if (error instanceof ParseError) return undefined
    throw error
  }
}

function extend(node: Expr, key: string, computed: boolean, end: number): Expr {
  if (node.kind === 'context')
    return { ...node, parts: [...node.parts, key], computed: node.computed || computed, end }
  return { kind: 'member', object: node, key, start: node.start, end }
}

/** Functions whose result is a boolean or a hash: no value of their arguments reaches the output. */
const OPAQUE = new Set([
  'contains',
  'startswith',
  'endswith',
  'hashfiles',
  'success',
  'failure',
  'always',
  'cancelled',
])

/**
 * The context references whose value can end up in the expression's result: `a == b` yields a
 * boolean, `a && b` yields `b` (or a falsy `a`), `format()` and `join()` carry their arguments.
 */
export function dataflow(expr: Expr): Array<Extract<Expr, { kind: 'context' | 'member' }>> {
  switch (expr.kind) {
    case 'literal':
      return []
    case 'context':
      return [expr]
    case 'member':
      return [expr]
    case 'not':
      return []
    case 'call':
      return OPAQUE.has(expr.name) ? [] : expr.args.flatMap(dataflow)
    case 'binary':
      if (expr.op === '&&') return dataflow(expr.right)
      if (expr.op === '||') return [...dataflow(expr.left), ...dataflow(expr.right)]
      return []
  }
}

/** Every node of the tree, depth first. */
export function walk(expr: Expr): Expr[] {
  const children =
    expr.kind === 'call'
      ? expr.args
      : expr.kind === 'not'
        ? [expr.operand]
        : expr.kind === 'binary'
          ? [expr.left, expr.right]
          : expr.kind === 'member'
            ? [expr.object]
            : []
  return [expr, ...children.flatMap(walk)]
}

/** A context's dotted pattern (`github.event.issue.title`, indices as `*`). */
export function contextPath(expr: Extract<Expr, { kind: 'context' }>): string {
  return expr.parts.join('.')
}
