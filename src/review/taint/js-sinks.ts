/**
 * The JavaScript and TypeScript sinks of each family, matched on a call's shape: which argument
 * reaches the dangerous operation. Names alone are ambiguous (`exec` runs SQL or a shell,
 * `query` reads a request or a database), so the few ambiguous ones also look at the receiver and
 * at the static text of the argument.
 */
import { isNode, type AstNode } from '../analyzers/ast.js'
import type { SinkFamily } from './families.js'
import { memberChain } from './js-sources.js'

/** A call that reaches a sink: the family, the sink as written, and the arguments that matter. */
export interface CallSink {
  family: SinkFamily
  sink: string
  args: AstNode[]
  /** The sink runs SQL only when the argument's static text reads as SQL (`exec`, `run`, `query` on an unknown receiver). */
  needsSqlText?: boolean
}

const SQL_METHODS = new Set([
  'query',
  'execute',
  'raw',
  'unsafe',
  '$queryRawUnsafe',
  '$executeRawUnsafe',
  'queryRawUnsafe',
  'executeRawUnsafe',
  'whereRaw',
  'orWhereRaw',
  'havingRaw',
  'orderByRaw',
  'groupByRaw',
  'joinRaw',
  'fromRaw',
  'selectRaw',
])
/** Methods that take SQL only when the text says so. */
const MAYBE_SQL = new Set(['exec', 'run', 'all', 'get', 'prepare', 'each'])
/** Receivers that are databases: a `query` call on them runs SQL whatever the argument looks like. */
const DB_RECEIVER =
  /^(?:db|pool|client|conn|connection|sequelize|knex|prisma|sql|pg|mysql|database|tx|trx|sqlite)$/i

const COMMAND = new Set(['exec', 'execSync', 'spawn', 'spawnSync', 'execFile', 'execFileSync', 'fork'])
const CODE = new Set([
  'eval',
  'Function',
  'runInNewContext',
  'runInThisContext',
  'runInContext',
  'compileFunction',
  'Script',
])
const FS = new Set([
  'readFile',
  'readFileSync',
  'writeFile',
  'writeFileSync',
  'appendFile',
  'appendFileSync',
  'createReadStream',
  'createWriteStream',
  'unlink',
  'unlinkSync',
  'rm',
  'rmSync',
  'readdir',
  'readdirSync',
  'open',
  'openSync',
  'copyFile',
  'rename',
  'readTextFile',
  'writeTextFile',
  'sendFile',
  'download',
])
const FS_RECEIVER = /^(?:fs|fsp|promises|fse|fsExtra|Deno|res|reply|response)$/
const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'request'])
const HTTP_CLIENTS = /^(?:axios|http|https|needle|got|request|superagent|ky|undici|fetch)$/
const HTML_METHODS = new Set([
  'bypassSecurityTrustHtml',
  'bypassSecurityTrustScript',
  'bypassSecurityTrustStyle',
  'bypassSecurityTrustUrl',
  'bypassSecurityTrustResourceUrl',
  'setHTML',
  'setHTMLUnsafe',
  'bindPopup',
  'setPopupContent',
  'bindTooltip',
  'write',
  'writeln',
])
const MONGO_METHODS = new Set([
  'find',
  'findOne',
  'findOneAndUpdate',
  'findOneAndDelete',
  'updateOne',
  'updateMany',
  'update',
  'deleteOne',
  'deleteMany',
  'remove',
  'countDocuments',
])

function argsOf(call: AstNode): AstNode[] {
  return (call.arguments as unknown[]).filter(isNode)
}

/** The sink a call reaches, if any. `imports` holds the modules the file requires or imports. */
export function callSink(call: AstNode, imports: ReadonlySet<string>): CallSink | undefined {
  const callee = call.callee
  if (!isNode(callee)) return undefined
  const chain = memberChain(callee)
  if (!chain) return undefined
  const name = chain[chain.length - 1] as string
  const receiver = chain.length > 1 ? (chain[chain.length - 2] as string) : undefined
  const args = argsOf(call)
  const sink = chain.join('.')
  const first = args.slice(0, 1)
  if (SQL_METHODS.has(name) && (receiver === undefined ? name !== 'query' : true)) {
    if (receiver && (DB_RECEIVER.test(receiver) || chain.some((c) => DB_RECEIVER.test(c))))
      return { family: 'sql', sink, args: first }
    if (name !== 'query' && name !== 'execute') return { family: 'sql', sink, args: first }
    return { family: 'sql', sink, args: first, needsSqlText: true }
  }
  if (
    COMMAND.has(name) &&
    (imports.has('child_process') || receiver === 'child_process' || receiver === 'cp')
  )
    return { family: 'command', sink, args: first }
  if (CODE.has(name) && (receiver === undefined || receiver === 'vm' || name === 'Function'))
    return { family: 'code', sink, args: name === 'Function' ? args : first }
  if ((name === 'setTimeout' || name === 'setInterval') && receiver === undefined) {
    const arg = args[0]
    return arg && arg.type !== 'ArrowFunctionExpression' && arg.type !== 'FunctionExpression'
      ? { family: 'code', sink, args: first }
      : undefined
  }
  if ((name === 'eval' || name === 'evaluate') && receiver && /^math(?:js)?$/i.test(receiver))
    return { family: 'code', sink, args: first }
  if (name === 'unserialize' || name === 'deepDeserialize')
    return { family: 'deserialization', sink, args: first }
  if (FS.has(name) && receiver && FS_RECEIVER.test(receiver)) return { family: 'path', sink, args: first }
  if (name === 'fetch' && (receiver === undefined || receiver === 'window' || receiver === 'globalThis'))
    return { family: 'ssrf', sink, args: first }
  if (
    receiver === undefined &&
    (name === 'axios' || name === 'got' || name === 'request' || name === 'needle')
  )
    return { family: 'ssrf', sink, args: first }
  if (receiver && HTTP_CLIENTS.test(receiver) && HTTP_METHODS.has(name))
    return {
      family: 'ssrf',
      sink,
      args: receiver === 'needle' && name === 'request' ? args.slice(1, 2) : first,
    }
  if (MAYBE_SQL.has(name)) return { family: 'sql', sink, args: first, needsSqlText: true }
  if (name === 'redirect' && receiver !== undefined && receiver !== 'NextResponse' && receiver !== 'Response')
    return { family: 'redirect', sink, args: args.slice(-1) }
  if (name === 'redirect') return { family: 'redirect', sink, args: first }
  if ((name === 'assign' || name === 'replace') && receiver === 'location')
    return { family: 'redirect', sink, args: first }
  if (name === 'insertAdjacentHTML') return { family: 'html', sink, args: args.slice(1, 2) }
  if (HTML_METHODS.has(name) && (name !== 'write' && name !== 'writeln' ? true : receiver === 'document'))
    return { family: 'html', sink, args: first }
  if (name === 'html' && receiver !== undefined && args.length === 1 && /^\$|jQuery/.test(chain[0] ?? ''))
    return { family: 'html', sink, args: first }
  if (
    (name === 'send' || name === 'write' || name === 'end') &&
    receiver &&
    /^res(?:ponse)?$/.test(receiver)
  ) {
    const arg = args[0]
    const text = arg && ['TemplateLiteral', 'BinaryExpression', 'MemberExpression'].includes(arg.type)
    return text ? { family: 'html', sink: `${sink} (HTML response)`, args: first } : undefined
  }
  if ((name === 'parseXml' || name === 'parseXmlString') && hasTrueOption(args[1], 'noent'))
    return { family: 'xxe', sink: `${sink}({ noent: true })`, args: first }
  if (MONGO_METHODS.has(name) && receiver !== undefined) return { family: 'nosql', sink, args: first }
  return undefined
}

/** Whether an options object literal sets `key: true`. */
export function hasTrueOption(options: AstNode | undefined, key: string): boolean {
  if (!options || options.type !== 'ObjectExpression') return false
  return (options.properties as AstNode[]).some(
    (p) =>
      p.type === 'Property' &&
      isNode(p.key) &&
      (p.key.name === key || p.key.value === key) &&
      isNode(p.value) &&
      p.value.type === 'Literal' &&
      p.value.value === true,
  )
}

/** Properties whose assignment writes HTML or navigates. */
export function assignmentSink(target: AstNode): { family: SinkFamily; sink: string } | undefined {
  const chain = memberChain(target)
  if (!chain) return undefined
  const last = chain[chain.length - 1]
  if (last === 'innerHTML' || last === 'outerHTML') return { family: 'html', sink: last }
  if (
    chain.join('.') === 'window.location' ||
    chain.join('.') === 'location' ||
    (last === 'href' && chain.includes('location'))
  )
    return { family: 'redirect', sink: chain.join('.') }
  return undefined
}
