/**
 * Taint from request to sink in one Python file, over tree-sitter's tree: the same model as the
 * JavaScript walk (request data, a parameter's data, strings built at run time through f-strings,
 * `+`, `%` and `.format`), with Python's route shapes: FastAPI and Flask decorators make every
 * parameter request data; a Django or aiohttp view's parameters after `request` come from the URL.
 */
import type { Node } from 'web-tree-sitter'
import type { Taint } from './families.js'
import type { SinkHit } from './hits.js'
import { harmlessSinkCall } from './sink-guards.js'
import { pyCallSink } from './py-sinks.js'
import { isPySanitizer, isPySourceCall, isPySourceChain, pyChain, ROUTE_DECORATOR } from './py-sources.js'

interface VarInfo {
  taint?: Taint
  built?: string
  prefix?: string
  /** Where the built string was assembled: a finding spans from there to the sink. */
  builtLine?: number
}

const NOT_REQUEST_PARAMS = new Set([
  'self',
  'cls',
  'request',
  'req',
  'db',
  'session',
  'background_tasks',
  'response',
])
const PASS_THROUGH = new Set([
  'await',
  'parenthesized_expression',
  'not_operator',
  'unary_operator',
  'as_pattern',
  'expression_statement',
])

const line = (node: Node) => node.startPosition.row + 1

/** The literal text of a string node (its contents without quotes or interpolations). */
function stringText(node: Node): string {
  return node.namedChildren
    .filter((c): c is Node => c !== null && c.type === 'string_content')
    .map((c) => c.text)
    .join('')
}

/** The hits of one parsed Python module. */
export function pyTaintHits(root: Node): SinkHit[] {
  const scopes: Array<Map<string, VarInfo>> = [new Map()]
  const hits: SinkHit[] = []
  const info = (name: string): VarInfo | undefined => {
    for (let i = scopes.length - 1; i >= 0; i--) {
      const found = scopes[i]?.get(name)
      if (found) return found
    }
    return undefined
  }

  const taintOf = (node: Node | null): Taint | undefined => {
    if (!node) return undefined
    if (PASS_THROUGH.has(node.type)) return firstOf(node.namedChildren)
    switch (node.type) {
      case 'identifier':
        return info(node.text)?.taint
      case 'attribute': {
        const chain = pyChain(node)
        if (chain && isPySourceChain(chain))
          return { level: 'request', source: node.text, line: line(node), path: [] }
        return taintOf(node.childForFieldName('object'))
      }
      case 'subscript': {
        const value = node.childForFieldName('value')
        const chain = value ? pyChain(value) : undefined
        if (chain && (isPySourceChain([...chain, '[]']) || isPySourceChain(chain)))
          return { level: 'request', source: node.text, line: line(node), path: [] }
        return taintOf(value)
      }
      case 'call': {
        const fn = node.childForFieldName('function')
        const chain = fn ? pyChain(fn) : undefined
        if (chain && isPySourceCall(chain))
          return { level: 'request', source: node.text, line: line(node), path: [] }
        if (chain && isPySanitizer(chain)) return undefined
        if (fn?.type === 'attribute') {
          const fromObject = taintOf(fn.childForFieldName('object'))
          if (fromObject) return fromObject
        }
        return firstOf(node.childForFieldName('arguments')?.namedChildren ?? [])
      }
      case 'keyword_argument':
        return taintOf(node.childForFieldName('value'))
      case 'string':
        return firstOf(node.namedChildren.filter((c) => c?.type === 'interpolation'))
      case 'interpolation':
        return taintOf(node.childForFieldName('expression') ?? node.namedChildren[0] ?? null)
      case 'binary_operator':
        return firstOf([node.childForFieldName('left'), node.childForFieldName('right')])
      case 'concatenated_string':
      case 'boolean_operator':
      case 'list':
      case 'tuple':
      case 'set':
      case 'dictionary':
      case 'pair':
      case 'conditional_expression':
        return firstOf(node.namedChildren)
      default:
        return undefined
    }
  }
  const firstOf = (nodes: ReadonlyArray<Node | null>): Taint | undefined => {
    for (const n of nodes) {
      const t = taintOf(n)
      if (t) return t
    }
    return undefined
  }
  const builtText = (node: Node | null): string | undefined => {
    if (!node) return undefined
    switch (node.type) {
      case 'string':
        return node.namedChildren.some((c) => c?.type === 'interpolation') ? stringText(node) : undefined
      case 'concatenated_string': {
        const parts = node.namedChildren.filter((c): c is Node => c !== null)
        return parts.some((p) => builtText(p) !== undefined) ? parts.map(stringText).join(' ') : undefined
      }
      case 'binary_operator': {
        const left = node.childForFieldName('left')
        const right = node.childForFieldName('right')
        const op = node.childForFieldName('operator')?.text
        if (op === '%' && (left?.type === 'string' || left?.type === 'concatenated_string')) {
          const parts =
            left.type === 'string' ? [left] : left.namedChildren.filter((c): c is Node => c !== null)
          return right && !isLiteral(right) ? parts.map(stringText).join('') : undefined
        }
        if (op !== '+' || !left || !right) return undefined
        if (isLiteral(left) && isLiteral(right)) return undefined
        return `${literalText(left) ?? builtText(left) ?? ''} ${literalText(right) ?? builtText(right) ?? ''}`
      }
      case 'call': {
        const fn = node.childForFieldName('function')
        const object = fn?.type === 'attribute' ? fn.childForFieldName('object') : null
        if (fn?.childForFieldName('attribute')?.text === 'format' && object?.type === 'string')
          return stringText(object)
        return undefined
      }
      case 'identifier':
        return info(node.text)?.built
      case 'parenthesized_expression':
        return builtText(node.namedChildren[0] ?? null)
      default:
        return undefined
    }
  }
  const prefixOf = (node: Node | null): string | undefined => {
    if (!node) return undefined
    if (node.type === 'string')
      return node.namedChildren[0]?.type === 'string_content' ? (node.namedChildren[0]?.text ?? '') : ''
    if (node.type === 'binary_operator') return prefixOf(node.childForFieldName('left'))
    if (node.type === 'identifier') return info(node.text)?.prefix
    return undefined
  }
  const describe = (node: Node | null): VarInfo => {
    const value: VarInfo = {}
    const taint = taintOf(node)
    if (taint) value.taint = taint
    const built = builtText(node)
    if (built !== undefined) {
      value.built = built
      value.builtLine =
        node?.type === 'identifier'
          ? (info(node.text)?.builtLine ?? line(node))
          : node
            ? line(node)
            : undefined
    }
    const prefix = prefixOf(node)
    if (prefix !== undefined) value.prefix = prefix
    return value
  }
  const bind = (target: Node | null, value: VarInfo) => {
    if (!target) return
    if (target.type === 'identifier') {
      const taint = value.taint ? { ...value.taint, path: [...value.taint.path, target.text] } : undefined
      // May-taint: a branch that assigns a constant does not clean the other branch's value.
      const before = scopes[scopes.length - 1]?.get(target.text)?.taint
      const kept = taint ?? before
      scopes[scopes.length - 1]?.set(target.text, {
        ...value,
        ...(kept ? { taint: kept } : { taint: undefined }),
      })
    } else if (['pattern_list', 'tuple_pattern', 'list_pattern'].includes(target.type)) {
      for (const c of target.namedChildren) bind(c, { ...(value.taint ? { taint: value.taint } : {}) })
    }
  }
  const report = (call: Node, chain: readonly string[]) => {
    const sink = pyCallSink(call, chain)
    if (!sink) return
    const taint = sink.family === 'xxe' ? undefined : taintOf(sink.arg)
    const built = builtText(sink.arg)
    const needsSqlText = sink.needsSqlText === true
    const prefix = () => prefixOf(sink.arg)
    if (harmlessSinkCall({ family: sink.family, needsSqlText, taint, built, prefix })) return
    if (sink.sink.endsWith('(HTML response)') && (taint?.level !== 'request' || built === undefined)) return
    if (!taint && built === undefined && !sink.always) return
    if (!taint && sink.always && isLiteral(sink.arg)) return
    hits.push({
      family: sink.family,
      sink: sink.sink,
      line: Math.min(
        line(sink.arg),
        (sink.arg.type === 'identifier' && info(sink.arg.text)?.builtLine) || line(sink.arg),
      ),
      endLine: sink.arg.endPosition.row + 1,
      column: sink.arg.startPosition.column + 1,
      taint: taint ?? 'dynamic',
    })
  }
  const enterFunction = (fn: Node) => {
    const decorators =
      fn.parent?.type === 'decorated_definition'
        ? fn.parent.namedChildren.filter((c) => c?.type === 'decorator')
        : []
    const route = decorators.some((d) => {
      const expr = d?.namedChildren[0]
      const callee = expr?.type === 'call' ? expr.childForFieldName('function') : expr
      return callee ? ROUTE_DECORATOR.test(`.${pyChain(callee)?.join('.') ?? ''}`) : false
    })
    const params = (fn.childForFieldName('parameters')?.namedChildren ?? []).filter(
      (p): p is Node => p !== null,
    )
    const names = params.map((p) =>
      p.type === 'identifier'
        ? p.text
        : (p.namedChildren.find((c) => c?.type === 'identifier')?.text ?? p.childForFieldName('name')?.text),
    )
    const view = names.filter((n) => n !== 'self' && n !== 'cls')[0] === 'request'
    const scope = new Map<string, VarInfo>()
    params.forEach((p, i) => {
      const name = names[i]
      if (!name) return
      const injected = /Depends\(|Security\(/.test(p.childForFieldName('value')?.text ?? '')
      const fromRequest = (route || view) && !NOT_REQUEST_PARAMS.has(name) && !injected
      if (NOT_REQUEST_PARAMS.has(name) && name !== 'request') return
      scope.set(name, {
        taint: {
          level: fromRequest ? 'request' : 'param',
          source: `${fromRequest ? 'route parameter' : 'parameter'} ${name}`,
          line: line(p),
          path: [],
        },
      })
    })
    scopes.push(scope)
  }

  const visit = (node: Node) => {
    const isFunction = node.type === 'function_definition'
    if (isFunction) enterFunction(node)
    if (node.type === 'assignment') {
      const right = node.childForFieldName('right')
      if (right) visit(right)
      bind(node.childForFieldName('left'), describe(right))
      return
    }
    if (node.type === 'augmented_assignment') {
      const left = node.childForFieldName('left')
      const right = node.childForFieldName('right')
      if (right) visit(right)
      if (left?.type === 'identifier') {
        const before = info(left.text)
        const value = describe(right)
        scopes[scopes.length - 1]?.set(left.text, {
          ...(before?.taint || value.taint ? { taint: (value.taint ?? before?.taint) as Taint } : {}),
          ...(before?.built !== undefined || value.built !== undefined
            ? { built: `${before?.built ?? ''} ${value.built ?? ''}` }
            : {}),
          ...(before?.prefix !== undefined ? { prefix: before.prefix } : {}),
        })
      }
      return
    }
    if (node.type === 'for_statement')
      bind(node.childForFieldName('left'), describe(node.childForFieldName('right')))
    if (node.type === 'call') {
      const fn = node.childForFieldName('function')
      const chain = fn ? pyChain(fn) : undefined
      if (chain) report(node, chain)
    }
    for (const child of node.namedChildren) if (child) visit(child)
    if (isFunction) scopes.pop()
  }
  visit(root)
  return hits
}

function isLiteral(node: Node): boolean {
  return (
    ['integer', 'float', 'true', 'false', 'none'].includes(node.type) ||
    (node.type === 'string' && !node.namedChildren.some((c) => c?.type === 'interpolation'))
  )
}

function literalText(node: Node): string | undefined {
  return node.type === 'string' && isLiteral(node) ? stringText(node) : undefined
}
