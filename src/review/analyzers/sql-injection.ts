/**
 * SQL built from values at run time: a template literal with `${}` or a `+` concatenation passed
 * to a query call (`db.query`, `pool.execute`, `knex.raw`, `$queryRawUnsafe`...), directly or
 * through a variable. Parameterised queries (`$1`, `?`) and tagged templates (`sql\`...\``,
 * which escape) are not flagged. CRITICAL: this is how a table leaks.
 */
import type { Analyzer, AnalyzerResult } from '../analyzer.js'
import { filesMatching, isScript, lineAt, SCRIPT_FILE } from '../analyzer.js'
import type { FindingCandidate, ReviewAgent } from '../findings.js'
import { calleeName, isNode, parseScript, walk, type AstNode } from './ast.js'

const AGENTS: readonly ReviewAgent[] = ['security-auditor', 'database-architect']

/** Calls that send their first argument to the database as SQL text. */
const QUERY_SINKS = new Set([
  'query',
  'execute',
  'exec',
  'raw',
  'unsafe',
  'prepare',
  'all',
  'run',
  '$queryRawUnsafe',
  '$executeRawUnsafe',
  'queryRawUnsafe',
  'executeRawUnsafe',
])

// Static text that reads as SQL; a sink named `run` or `exec` gets non-SQL strings too.
const SQL_TEXT =
  /\b(?:select\s[\s\S]*\bfrom|insert\s+into|update\s+\S+\s+set|delete\s+from|where\s|order\s+by|drop\s+table|alter\s+table)\b/i

/** The static parts of a dynamic string, or undefined when the expression is not one. */
function dynamicSqlText(node: AstNode): string | undefined {
  if (node.type === 'TemplateLiteral') {
    const expressions = node.expressions as unknown[]
    if (expressions.length === 0) return undefined
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
    if (parts.every(literal)) return undefined
    return parts
      .filter(literal)
      .map((n) => String(n.value))
      .join(' ')
  }
  return undefined
}

/** Finds the dynamic-SQL hits of one file. */
export function findSqlInjection(path: string, text: string): FindingCandidate[] {
  const program = parseScript(path, text)
  if (!program) return []
  // Variables initialised with dynamic SQL, so `const q = \`...${id}\`; db.query(q)` is caught.
  const dynamicVars = new Map<string, AstNode>()
  walk(program, (node) => {
    if (node.type !== 'VariableDeclarator' || !isNode(node.id) || node.id.type !== 'Identifier') return
    if (isNode(node.init) && dynamicSqlText(node.init) !== undefined)
      dynamicVars.set(node.id.name as string, node.init)
  })
  const hits: FindingCandidate[] = []
  walk(program, (node) => {
    if (node.type !== 'CallExpression') return
    const name = calleeName(node)
    if (!name || !QUERY_SINKS.has(name)) return
    const first = (node.arguments as unknown[])[0]
    if (!isNode(first)) return
    const built = first.type === 'Identifier' ? dynamicVars.get(first.name as string) : first
    if (!built) return
    const sqlText = dynamicSqlText(built)
    if (sqlText === undefined || !SQL_TEXT.test(sqlText)) return
    const line = lineAt(text, built.start)
    hits.push({
      rule: 'sql-built-from-input',
      agents: AGENTS,
      severity: 'CRITICAL',
      title: 'SQL built from run-time values',
      message: `${name}() receives SQL assembled with ${built.type === 'TemplateLiteral' ? 'a template literal' : 'string concatenation'}; a value from the request can rewrite the query`,
      file: path,
      line,
      endLine: Math.max(line, lineAt(text, built.end)),
      confidence: 0.9,
      source: 'launchgate',
      suggestedFix: 'pass values as parameters ($1 / ?) or use a tagged template that escapes them',
    })
  })
  return hits
}

export const sqlInjectionAnalyzer: Analyzer = {
  name: 'sql-injection',
  agents: AGENTS,
  async analyze({ change }): Promise<AnalyzerResult> {
    const findings = filesMatching(change, SCRIPT_FILE)
      .filter((f) => isScript(f.path))
      .flatMap((f) => findSqlInjection(f.path, f.content))
    return { findings, notices: [] }
  },
}
