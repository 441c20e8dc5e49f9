/**
 * Taint from request to sink in one JavaScript or TypeScript file, over oxc's AST. Each function
 * keeps the variables that hold client data (or a parameter's data, or a string built at run time)
 * in source order; a value reaching a sink of {@link callSink} becomes a {@link SinkHit} that names
 * the source, the variables it went through and the sink. Closures see their parents' variables;
 * calls carry their arguments' taint unless they sanitize. Intra-procedural by design: a
 * parameter is its own, weaker source, so helpers called from another file still count.
 */
import { FUNCTION_TYPES, isNode, walk, type AstNode } from '../analyzers/ast.js'
import { lineAt } from '../../util/positions.js'
import type { Taint } from './families.js'
import type { SinkHit } from './hits.js'
import { assignmentSink, callSink, type CallSink } from './js-sinks.js'
import { harmlessSinkCall } from './sink-guards.js'
import { isSanitizerCall, isSourceCall, isSourceChain, memberChain } from './js-sources.js'

/** What is known about a variable. */
interface VarInfo {
  taint?: Taint
  /** Read straight from the request (`const { name } = req.body`), not stringified on the way. */
  direct?: boolean
  /** The static text of the string it holds when that string is built from non-literal parts. */
  built?: string
  /** The leading literal of the string it holds (`https://api.example.com/` fixes the host). */
  prefix?: string
  /** Holds a number or an escaped value (`parseInt(...)`): safe inside any string. */
  safe?: boolean
  /** Where the built string was assembled: a finding spans from there to the sink. */
  builtLine?: number
  /** The pattern of the regular expression literal it holds, and where it is written. */
  regex?: string
  regexLine?: number
}

/** A group that holds a quantifier and is itself quantified: `([0-9]+)+`, `(a*)*`. */
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*](?:[^()\\]|\\.)*\)[+*{]/
const REGEX_ON_RECEIVER = new Set(['test', 'exec'])
const REGEX_AS_ARGUMENT = new Set(['match', 'matchAll', 'replace', 'replaceAll', 'search', 'split'])

type Scopes = Map<AstNode, Map<string, VarInfo>>

const HTTP_VERBS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'])
const ROUTE_METHODS = new Set([
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'del',
  'all',
  'use',
  'options',
  'head',
  'route',
  'on',
])
const ROUTE_PARAMS = new Set(['searchParams', 'params'])
const PASS_THROUGH = new Set([
  'AwaitExpression',
  'ChainExpression',
  'TSAsExpression',
  'TSNonNullExpression',
  'TSSatisfiesExpression',
  'TSTypeAssertion',
  'ParenthesizedExpression',
  'SpreadElement',
])

/** Names bound by a pattern (`a`, `{ a, b: c }`, `[a, ...rest]`, `a = 1`). */
function boundNames(pattern: unknown): string[] {
  if (!isNode(pattern)) return []
  switch (pattern.type) {
    case 'Identifier':
      return [pattern.name as string]
    case 'ObjectPattern':
      return (pattern.properties as AstNode[]).flatMap((p) =>
        boundNames(p.type === 'RestElement' ? p.argument : p.value),
      )
    case 'ArrayPattern':
      return (pattern.elements as unknown[]).flatMap(boundNames)
    case 'AssignmentPattern':
      return boundNames(pattern.left)
    case 'RestElement':
      return boundNames(pattern.argument)
    case 'TSParameterProperty':
      return boundNames(pattern.parameter)
    default:
      return []
  }
}

/** The leading literal text of a string expression, for fixed hosts and relative paths. */
function prefixOf(node: AstNode, info: (name: string) => VarInfo | undefined): string | undefined {
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value
  if (node.type === 'TemplateLiteral')
    return String(
      (node.quasis as AstNode[])[0]?.value &&
        ((node.quasis as AstNode[])[0]?.value as { cooked?: string }).cooked,
    )
  if (node.type === 'BinaryExpression' && node.operator === '+') return prefixOf(node.left as AstNode, info)
  if (node.type === 'Identifier') return info(node.name as string)?.prefix
  return undefined
}

/** The static text of a string built from non-literal parts; undefined for constants and non-strings. */
/** Whether an interpolated value cannot change a string's meaning: a literal or a sanitized value. */
function isSafePart(node: AstNode, info: (name: string) => VarInfo | undefined): boolean {
  if (node.type === 'Literal') return true
  if (node.type === 'Identifier') return info(node.name as string)?.safe === true
  return node.type === 'CallExpression' && isSanitizerCall(node)
}

function builtText(node: AstNode, info: (name: string) => VarInfo | undefined): string | undefined {
  if (node.type === 'TemplateLiteral') {
    if ((node.expressions as AstNode[]).every((e) => isSafePart(e, info))) return undefined
    return (node.quasis as AstNode[]).map((q) => String((q.value as { raw: string }).raw)).join(' ')
  }
  if (node.type === 'BinaryExpression' && node.operator === '+') {
    const parts: AstNode[] = []
    const flatten = (n: AstNode) => {
      if (n.type === 'BinaryExpression' && n.operator === '+') {
        flatten(n.left as AstNode)
        flatten(n.right as AstNode)
      } else parts.push(n)
    }
    flatten(node)
    const literal = (n: AstNode) => n.type === 'Literal' && typeof n.value === 'string'
    if (parts.every((p) => isSafePart(p, info))) return undefined
    return parts.map((n) => (literal(n) ? String(n.value) : (builtText(n, info) ?? ''))).join(' ')
  }
  if (node.type === 'Identifier') return info(node.name as string)?.built
  if (node.type === 'CallExpression' && isNode(node.callee) && node.callee.type === 'MemberExpression') {
    const method = (node.callee.property as AstNode).name
    if (method === 'concat' || method === 'replace' || method === 'trim')
      return builtText(node.callee.object as AstNode, info)
  }
  return undefined
}

/** The hits of one parsed file. */
export function jsTaintHits(program: AstNode, text: string): SinkHit[] {
  const scopes: Scopes = new Map([[program, new Map()]])
  const requestObjects = new Set<string>()
  const requestFunctions = new Set<AstNode>()
  const imports = new Set<string>()
  const hits: SinkHit[] = []
  let ancestors: readonly AstNode[] = []
  const useServerFile = (program.body as AstNode[]).some((s) => s.directive === 'use server')

  const enclosing = (): AstNode[] => [...ancestors].reverse().filter((a) => scopes.has(a))
  const info = (name: string): VarInfo | undefined => {
    for (const scope of enclosing()) {
      const found = scopes.get(scope)?.get(name)
      if (found) return found
    }
    return undefined
  }
  const bind = (name: string, value: VarInfo, declare: boolean) => {
    const chain = enclosing()
    const owner = declare ? chain[0] : (chain.find((s) => scopes.get(s)?.has(name)) ?? chain[0])
    scopes.get(owner as AstNode)?.set(name, value)
  }
  const at = (node: AstNode) => lineAt(text, node.start)

  const taintOf = (node: AstNode): Taint | undefined => {
    if (PASS_THROUGH.has(node.type))
      return isNode(node.expression ?? node.argument)
        ? taintOf((node.expression ?? node.argument) as AstNode)
        : undefined
    switch (node.type) {
      case 'Identifier':
        return info(node.name as string)?.taint
      case 'MemberExpression': {
        const chain = memberChain(node)
        if (chain && isSourceChain(chain, requestObjects))
          return { level: 'request', source: text.slice(node.start, node.end), line: at(node), path: [] }
        return taintOf(node.object as AstNode)
      }
      case 'CallExpression':
      case 'NewExpression': {
        if (node.type === 'CallExpression' && isSourceCall(node, requestObjects))
          return { level: 'request', source: text.slice(node.start, node.end), line: at(node), path: [] }
        if (isSanitizerCall(node)) return undefined
        const callee = node.callee as AstNode
        const fromObject = callee.type === 'MemberExpression' ? taintOf(callee.object as AstNode) : undefined
        if (fromObject) return fromObject
        for (const arg of node.arguments as AstNode[]) {
          if (arg.type === 'ArrowFunctionExpression' || arg.type === 'FunctionExpression') continue
          const t = taintOf(arg)
          if (t) return t
        }
        return undefined
      }
      case 'TemplateLiteral':
        return first(node.expressions as AstNode[])
      case 'TaggedTemplateExpression':
        return undefined
      case 'BinaryExpression':
        return node.operator === '+' ? first([node.left as AstNode, node.right as AstNode]) : undefined
      case 'LogicalExpression':
        return first([node.left as AstNode, node.right as AstNode])
      case 'ConditionalExpression':
        return first([node.consequent as AstNode, node.alternate as AstNode])
      case 'AssignmentExpression':
        return taintOf(node.right as AstNode)
      case 'ObjectExpression':
        return first(
          (node.properties as AstNode[]).map((p) => (p.type === 'SpreadElement' ? p : (p.value as AstNode))),
        )
      case 'ArrayExpression':
        return first((node.elements as unknown[]).filter(isNode))
      default:
        return undefined
    }
  }
  const first = (nodes: AstNode[]): Taint | undefined => {
    for (const n of nodes) {
      const t = isNode(n) ? taintOf(n) : undefined
      if (t) return t
    }
    return undefined
  }
  const isDirect = (node: AstNode): boolean => {
    if (node.type === 'Identifier') return info(node.name as string)?.direct === true
    if (node.type === 'MemberExpression') {
      const chain = memberChain(node)
      return (chain !== undefined && isSourceChain(chain, requestObjects)) || isDirect(node.object as AstNode)
    }
    return PASS_THROUGH.has(node.type) && isNode(node.expression ?? node.argument)
      ? isDirect((node.expression ?? node.argument) as AstNode)
      : false
  }
  const describe = (node: AstNode): VarInfo => {
    const value: VarInfo = {}
    const taint = taintOf(node)
    if (taint) value.taint = taint
    if (isDirect(node)) value.direct = true
    const built = builtText(node, info)
    if (built !== undefined) {
      value.built = built
      value.builtLine =
        node.type === 'Identifier' ? (info(node.name as string)?.builtLine ?? at(node)) : at(node)
    }
    const prefix = prefixOf(node, info)
    if (prefix !== undefined) value.prefix = prefix
    const inner = PASS_THROUGH.has(node.type) && isNode(node.argument) ? (node.argument as AstNode) : node
    if (isSafePart(inner, info) || (inner.type === 'Literal' && typeof inner.value === 'number'))
      value.safe = true
    const regex = regexOf(inner)
    if (regex !== undefined) Object.assign(value, { regex, regexLine: at(inner) })
    return value
  }
  const assign = (pattern: AstNode, value: VarInfo, declare: boolean) => {
    const names = boundNames(pattern)
    const destructured = pattern.type !== 'Identifier'
    for (const name of names) {
      // May-taint: reassigning a constant in one branch does not clean the other branch's value.
      const taint = value.taint
        ? { ...value.taint, path: [...value.taint.path, name] }
        : declare
          ? undefined
          : info(name)?.taint
      bind(
        name,
        { ...(destructured ? { direct: value.direct } : value), ...(taint ? { taint } : {}) },
        declare,
      )
    }
  }
  const report = (
    sink: CallSink | { family: CallSink['family']; sink: string },
    arg: AstNode,
    node: AstNode,
  ) => {
    const taint = taintOf(arg)
    const needsSqlText = 'needsSqlText' in sink && sink.needsSqlText === true
    const built = builtText(arg, info)
    const prefix = () => prefixOf(arg, info)
    if (harmlessSinkCall({ family: sink.family, needsSqlText, taint, built, prefix })) return
    if (sink.sink.endsWith('(HTML response)') && taint?.level !== 'request') return
    const dynamic = built !== undefined || (sink.family === 'html' && !isConstant(arg))
    if (!taint && !dynamic) return
    hits.push({
      family: sink.family,
      sink: sink.sink,
      line: Math.min(at(arg), (arg.type === 'Identifier' && info(arg.name as string)?.builtLine) || at(arg)),
      endLine: lineAt(text, arg.end),
      column: arg.start - text.lastIndexOf('\n', arg.start - 1),
      taint: taint ?? 'dynamic',
      ...(sink.family === 'html' && !taint && built === undefined ? { severity: 'MEDIUM' as const } : {}),
    })
    void node
  }
  const nosqlCall = (sink: CallSink, node: AstNode) => {
    const arg = sink.args[0]
    if (!arg) return
    const direct =
      arg.type === 'ObjectExpression'
        ? (arg.properties as AstNode[]).find(
            (p) =>
              p.type === 'Property' &&
              isNode(p.value) &&
              !/^\$|^where$/.test(String((p.key as AstNode).name ?? '')) &&
              isDirect(p.value as AstNode),
          )?.value
        : isDirect(arg)
          ? arg
          : undefined
    const taint = isNode(direct) ? taintOf(direct) : undefined
    if (!isNode(direct) || taint?.level !== 'request') return
    hits.push({
      family: 'nosql',
      sink: `${sink.sink} (query operators from the request)`,
      line: at(direct),
      endLine: at(direct),
      taint,
      severity: 'HIGH',
    })
    void node
  }

  walk(program, (node, stack) => {
    ancestors = stack
    if (FUNCTION_TYPES.has(node.type)) enterFunction(node, stack)
    switch (node.type) {
      case 'ImportDeclaration':
        imports.add(String((node.source as AstNode).value).replace(/^node:/, ''))
        return
      case 'VariableDeclarator':
        if (isNode(node.init)) assign(node.id as AstNode, describe(node.init), true)
        return
      case 'AssignmentExpression': {
        const left = node.left as AstNode
        const right = node.right as AstNode
        if (left.type === 'Identifier') {
          const value = describe(right)
          if (node.operator === '+=') {
            const before = info(left.name as string)
            if (before?.taint && !value.taint) value.taint = before.taint
            if (before?.built !== undefined || value.built !== undefined)
              value.built = `${before?.built ?? ''} ${value.built ?? ''}`
          }
          assign(left, value, false)
        } else {
          const sink = assignmentSink(left)
          if (sink) report(sink, right, node)
        }
        return
      }
      case 'CallExpression':
      case 'NewExpression': {
        const chain = isNode(node.callee) ? memberChain(node.callee) : undefined
        if (chain?.[chain.length - 1] === 'require') {
          const arg = (node.arguments as AstNode[])[0]
          if (arg?.type === 'Literal') imports.add(String(arg.value).replace(/^node:/, ''))
        }
        markRouteCallback(node, chain)
        redosCall(node)
        const sink = callSink(node, imports)
        if (!sink) return
        if (sink.family === 'nosql') return nosqlCall(sink, node)
        for (const arg of sink.args) report(sink, sqlArgument(arg), node)
        return
      }
      case 'Property': {
        const key = node.key as AstNode
        if ((key.name ?? key.value) === '$where' && isNode(node.value))
          report({ family: 'nosql', sink: '$where' }, node.value, node)
        return
      }
      case 'JSXAttribute': {
        const name = node.name as AstNode
        const value = node.value as AstNode | null
        if (name.name !== 'dangerouslySetInnerHTML' || !isNode(value?.expression)) return
        const object = value.expression as AstNode
        const html =
          object.type === 'ObjectExpression'
            ? (object.properties as AstNode[]).find((p) => (p.key as AstNode | undefined)?.name === '__html')
                ?.value
            : object
        if (isNode(html)) report({ family: 'html', sink: 'dangerouslySetInnerHTML' }, html, node)
        return
      }
      default:
        return
    }
  })
  return hits

  function regexOf(node: AstNode | undefined): string | undefined {
    if (!node) return undefined
    if (node.type === 'Literal' && typeof node.regex === 'object' && node.regex !== null)
      return String((node.regex as { pattern: string }).pattern)
    return node.type === 'Identifier' ? info(node.name as string)?.regex : undefined
  }

  /** `unsafe.test(input)` / `input.match(unsafe)` with request data and a nested quantifier. */
  function redosCall(call: AstNode) {
    const callee = call.callee as AstNode
    if (callee.type !== 'MemberExpression' || !isNode(callee.property)) return
    const method = String(callee.property.name)
    const args = (call.arguments as unknown[]).filter(isNode)
    const [regex, subject] = REGEX_ON_RECEIVER.has(method)
      ? [regexOf(callee.object as AstNode), args[0]]
      : REGEX_AS_ARGUMENT.has(method)
        ? [regexOf(args[0]), callee.object as AstNode]
        : [undefined, undefined]
    if (regex === undefined || !subject || !NESTED_QUANTIFIER.test(regex)) return
    const taint = taintOf(subject)
    if (taint?.level !== 'request') return
    const holder = [callee.object, args[0]].find((n) => isNode(n) && n.type === 'Identifier') as
      AstNode | undefined
    const written = holder ? info(holder.name as string)?.regexLine : undefined
    hits.push({
      family: 'redos',
      sink: `/${regex}/.${method}`,
      line: Math.min(at(call), written ?? at(call)),
      endLine: lineAt(text, call.end),
      taint,
    })
  }

  function sqlArgument(arg: AstNode): AstNode {
    if (arg.type !== 'ObjectExpression') return arg
    const text = (arg.properties as AstNode[]).find((p) =>
      /^(?:text|sql|query)$/.test(String((p.key as AstNode | undefined)?.name)),
    )
    return isNode(text?.value)
      ? (text.value as AstNode)
      : { type: 'Literal', start: arg.start, end: arg.end, value: 0 }
  }

  function markRouteCallback(call: AstNode, chain: string[] | undefined) {
    if (!chain) return
    const name = chain[chain.length - 1] as string
    const isRoute =
      (chain.length > 1 && ROUTE_METHODS.has(name)) || name === 'serve' || name === 'createServer'
    if (!isRoute) return
    for (const arg of call.arguments as AstNode[]) {
      if (!FUNCTION_TYPES.has(arg.type)) continue
      requestFunctions.add(arg)
      const firstParam = (arg.params as AstNode[])[0]
      if (firstParam?.type === 'Identifier') requestObjects.add(firstParam.name as string)
    }
  }

  function enterFunction(fn: AstNode, stack: readonly AstNode[]) {
    scopes.set(fn, new Map())
    const parent = stack[stack.length - 1]
    const name =
      (fn.id as AstNode | null)?.name ??
      (parent?.type === 'VariableDeclarator' ? (parent.id as AstNode).name : undefined)
    const exported = stack.some(
      (a) => a.type === 'ExportNamedDeclaration' || a.type === 'ExportDefaultDeclaration',
    )
    const body = fn.body as AstNode | undefined
    const useServer =
      (useServerFile && exported) ||
      (body?.type === 'BlockStatement' && (body.body as AstNode[]).some((s) => s.directive === 'use server'))
    const handler = exported && HTTP_VERBS.has(String(name))
    const params = fn.params as AstNode[]
    params.forEach((param, i) => {
      if (handler && i === 0 && param.type === 'Identifier') requestObjects.add(param.name as string)
      for (const pname of boundNames(param)) {
        const fromRequest =
          useServer || (handler && i > 0) || (param.type === 'ObjectPattern' && ROUTE_PARAMS.has(pname))
        const source = fromRequest
          ? `${useServer ? 'server action argument' : 'route parameter'} ${pname}`
          : `parameter ${pname}`
        if (requestFunctions.has(fn) && i > 0) continue
        scopes.get(fn)?.set(pname, {
          taint: { level: fromRequest ? 'request' : 'param', source, line: at(param), path: [] },
          direct: fromRequest,
        })
      }
    })
  }
}

function isConstant(node: AstNode): boolean {
  if (node.type === 'Literal') return true
  if (node.type === 'TemplateLiteral') return (node.expressions as unknown[]).length === 0
  return false
}
