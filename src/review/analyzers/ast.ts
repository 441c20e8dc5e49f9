/**
 * A small walk over oxc-parser's ESTree AST with the ancestor chain, shared by the AST-based
 * analyzers (SQL injection, performance). oxc is native and fast; one parse per file per analyzer.
 */
import { parseSync } from 'oxc-parser'

/** Any ESTree node: a `type` plus UTF-16 `start`/`end` offsets and child fields. */
export interface AstNode {
  type: string
  start: number
  end: number
  [key: string]: unknown
}

export function isNode(value: unknown): value is AstNode {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
}

/** Parses a script; undefined when it has syntax errors (ESLint reports those). */
export function parseScript(path: string, text: string): AstNode | undefined {
  const result = parseSync(path, text, { sourceType: 'unambiguous', preserveParens: false })
  if (result.errors.some((e) => String(e.severity) === 'Error')) return undefined
  return result.program as unknown as AstNode
}

/** Visits every node depth-first; `ancestors` is root-first and excludes the node itself. */
export function walk(root: AstNode, visit: (node: AstNode, ancestors: readonly AstNode[]) => void): void {
  const stack: AstNode[] = []
  const go = (node: AstNode) => {
    visit(node, stack)
    stack.push(node)
    for (const [key, value] of Object.entries(node)) {
      if (key === 'parent') continue
      if (Array.isArray(value)) {
        for (const item of value) if (isNode(item)) go(item)
      } else if (isNode(value)) go(value)
    }
    stack.pop()
  }
  go(root)
}

export const FUNCTION_TYPES = new Set([
  'FunctionDeclaration',
  'FunctionExpression',
  'ArrowFunctionExpression',
])

/** The name a call's callee ends with: `query` for `db.query(...)`, `fetch` for `fetch(...)`. */
export function calleeName(call: AstNode): string | undefined {
  const callee = call.callee
  if (!isNode(callee)) return undefined
  if (callee.type === 'Identifier') return callee.name as string
  if (
    callee.type === 'MemberExpression' &&
    isNode(callee.property) &&
    callee.property.type === 'Identifier'
  ) {
    return callee.property.name as string
  }
  return undefined
}

/** The object of a member call: `fs` for `fs.readFileSync(...)`. */
export function calleeObjectName(call: AstNode): string | undefined {
  const callee = call.callee
  if (!isNode(callee) || callee.type !== 'MemberExpression' || !isNode(callee.object)) return undefined
  return callee.object.type === 'Identifier' ? (callee.object.name as string) : undefined
}
