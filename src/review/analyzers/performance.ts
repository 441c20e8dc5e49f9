/**
 * Performance patterns (performance-optimizer), found on the AST:
 * - `await-in-loop-query`: a query awaited inside a loop runs N round trips one after another
 *   (the N+1 pattern); batch it or run the calls together.
 * - `sync-io-in-handler`: `fs.*Sync` / `execSync` inside a request handler blocks every other
 *   request of the process while it runs.
 */
import type { Analyzer, AnalyzerResult } from '../analyzer.js'
import { lineAt } from '../../util/positions.js'
import { filesMatching, isScript, SCRIPT_FILE } from '../analyzer.js'
import type { FindingCandidate, ReviewAgent } from '../findings.js'
import {
  calleeName,
  calleeObjectName,
  FUNCTION_TYPES,
  isNode,
  parseScript,
  walk,
  type AstNode,
} from './ast.js'

const LOOP_AGENTS: readonly ReviewAgent[] = ['performance-optimizer', 'database-architect']
const SYNC_AGENTS: readonly ReviewAgent[] = ['performance-optimizer']

const LOOPS = new Set([
  'ForStatement',
  'ForOfStatement',
  'ForInStatement',
  'WhileStatement',
  'DoWhileStatement',
])

/** Calls that reach a database (drivers, query builders, ORMs, Supabase). */
const QUERY_CALLS = new Set([
  'query',
  'execute',
  'raw',
  'rpc',
  'from',
  'select',
  'insert',
  'update',
  'upsert',
  'delete',
  'findOne',
  'findMany',
  'findUnique',
  'findFirst',
  'findAll',
  'findById',
  'findByPk',
  'count',
  'aggregate',
  'create',
  'save',
  '$queryRaw',
  '$executeRaw',
])

const SYNC_IO =
  /^(?:readFileSync|writeFileSync|appendFileSync|readdirSync|statSync|lstatSync|existsSync|mkdirSync|copyFileSync|rmSync|unlinkSync|renameSync|accessSync|openSync|readSync|writeSync|execSync|execFileSync|spawnSync)$/

const ROUTE_METHODS = new Set([
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'all',
  'use',
  'handle',
  'route',
  'options',
  'head',
])
const HTTP_EXPORTS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'handler'])

/** The first call inside an awaited expression chain: `await db.from('t').select()` → select/from. */
function awaitedCalls(node: AstNode): string[] {
  const names: string[] = []
  let cur: unknown = node.argument
  while (isNode(cur)) {
    if (cur.type === 'CallExpression') {
      const name = calleeName(cur)
      if (name) names.push(name)
      const callee = cur.callee as AstNode
      cur = callee.type === 'MemberExpression' ? callee.object : undefined
    } else if (cur.type === 'MemberExpression' || cur.type === 'ChainExpression') {
      cur = cur.type === 'MemberExpression' ? cur.object : cur.expression
    } else break
  }
  return names
}

/**
 * True when `fn` is a request handler: passed to `app.get(...)`, `(req, res) => ...`, or an
 * exported `GET`/`POST`/`handler` (Next.js and serverless routes). `chain` is its ancestors.
 */
function isHandler(fn: AstNode, chain: readonly AstNode[]): boolean {
  const parent = chain[chain.length - 1]
  const params = (fn.params as AstNode[]).map((p) => (p.type === 'Identifier' ? String(p.name) : ''))
  if (/^req(uest)?$/.test(params[0] ?? '') && /^(res|reply|response)$/.test(params[1] ?? '')) return true
  if (parent?.type === 'CallExpression' && (parent.arguments as unknown[]).includes(fn)) {
    const name = calleeName(parent)
    if (name && ROUTE_METHODS.has(name) && calleeObjectName(parent) !== undefined) return true
  }
  const id = fn.id
  if (isNode(id) && HTTP_EXPORTS.has(String(id.name)) && parent?.type === 'ExportNamedDeclaration')
    return true
  if (
    parent?.type === 'VariableDeclarator' &&
    isNode(parent.id) &&
    HTTP_EXPORTS.has(String(parent.id.name))
  ) {
    return chain[chain.length - 3]?.type === 'ExportNamedDeclaration'
  }
  return false
}

/** The performance hits of one file. */
export function findPerformanceIssues(path: string, text: string): FindingCandidate[] {
  const program = parseScript(path, text)
  if (!program) return []
  const hits: FindingCandidate[] = []
  walk(program, (node, ancestors) => {
    // Nearest function boundary: a loop outside the current function does not repeat its awaits.
    let fnIndex = -1
    for (let i = ancestors.length - 1; i >= 0; i--) {
      if (FUNCTION_TYPES.has((ancestors[i] as AstNode).type)) {
        fnIndex = i
        break
      }
    }
    const line = () => lineAt(text, node.start)
    if (node.type === 'AwaitExpression') {
      const inLoop = ancestors.slice(fnIndex + 1).some((a) => LOOPS.has(a.type))
      const calls = awaitedCalls(node).filter((n) => QUERY_CALLS.has(n))
      if (inLoop && calls.length > 0) {
        hits.push({
          rule: 'await-in-loop-query',
          agents: LOOP_AGENTS,
          severity: 'MEDIUM',
          title: 'Query awaited inside a loop',
          message: `${calls[calls.length - 1]}() is awaited once per iteration: N sequential round trips to the database`,
          file: path,
          line: line(),
          confidence: 0.85,
          source: 'launchgate',
          suggestedFix: 'fetch all rows in one query (IN / ANY($1)) or run the calls with Promise.all',
        })
      }
    }
    if (node.type === 'CallExpression' && fnIndex >= 0) {
      const name = calleeName(node)
      if (!name || !SYNC_IO.test(name)) return
      // Any enclosing function that is a handler counts: helpers defined inside handlers block too.
      const inHandler = ancestors.some(
        (a, i) => FUNCTION_TYPES.has(a.type) && isHandler(a, ancestors.slice(0, i)),
      )
      if (!inHandler) return
      hits.push({
        rule: 'sync-io-in-handler',
        agents: SYNC_AGENTS,
        severity: 'MEDIUM',
        title: 'Synchronous I/O in a request handler',
        message: `${name}() blocks the event loop: every other request of this process waits while it runs`,
        file: path,
        line: line(),
        confidence: 0.9,
        source: 'launchgate',
        suggestedFix: `use the async form (fs/promises, execFile with a callback or promisify) or do it once at start-up`,
      })
    }
  })
  return hits
}

export const performanceAnalyzer: Analyzer = {
  name: 'performance',
  agents: ['performance-optimizer', 'database-architect'],
  async analyze({ change }): Promise<AnalyzerResult> {
    const findings = filesMatching(change, SCRIPT_FILE)
      .filter((f) => isScript(f.path))
      .flatMap((f) => findPerformanceIssues(f.path, f.content))
    return { findings, notices: [] }
  },
}
