/**
 * The sink families of the taint analysis, shared by the JavaScript and Python walks: what each
 * family is called, how bad a hit is, and what to do about it. A hit's severity follows what
 * reached the sink: request data (a known source) is CRITICAL or HIGH; a function's parameter
 * (data whose origin is in another file) at most HIGH; anything else at most MEDIUM. No source, no
 * CRITICAL.
 */
import type { ReviewSeverity } from '../findings.js'

export type SinkFamily =
  | 'sql'
  | 'nosql'
  | 'command'
  | 'code'
  | 'deserialization'
  | 'path'
  | 'ssrf'
  | 'redirect'
  | 'html'
  | 'xxe'
  | 'redos'

/** Where a value came from: the request, a parameter of the enclosing function, or neither. */
export type TaintLevel = 'request' | 'param'

/** How a value got tainted: the source expression and the variables it travelled through. */
export interface Taint {
  level: TaintLevel
  /** The source as written (`req.body.login`, `request.args.get("q")`, `parameter threshold`). */
  source: string
  /** 1-based line of the source. */
  line: number
  /** Variables the value went through, in order. */
  path: readonly string[]
}

export interface FamilySpec {
  rule: string
  title: string
  /** Severity with request data, with a parameter, and with only a dynamic (not constant) value. */
  request: ReviewSeverity
  param: ReviewSeverity | undefined
  dynamic: ReviewSeverity | undefined
  fix: string
}

export const FAMILIES: Readonly<Record<SinkFamily, FamilySpec>> = {
  sql: {
    rule: 'sql-injection',
    title: 'SQL injection',
    request: 'CRITICAL',
    param: 'HIGH',
    dynamic: 'HIGH',
    fix: 'pass values as bound parameters ($1, ?, :name) or use a query builder; never build SQL text from values',
  },
  nosql: {
    rule: 'nosql-injection',
    title: 'NoSQL query built from request data',
    request: 'CRITICAL',
    param: 'HIGH',
    dynamic: 'HIGH',
    fix: 'never use $where; cast request values to strings or numbers before they enter a query object',
  },
  command: {
    rule: 'command-injection',
    title: 'Command injection',
    request: 'CRITICAL',
    param: 'HIGH',
    dynamic: 'MEDIUM',
    fix: 'run a fixed program with an argument array (execFile / subprocess.run([...]) without a shell)',
  },
  code: {
    rule: 'code-injection',
    title: 'Code built from run-time data is executed',
    request: 'CRITICAL',
    param: 'HIGH',
    dynamic: 'HIGH',
    fix: 'parse the data (JSON.parse, int(), ast.literal_eval) instead of evaluating it',
  },
  deserialization: {
    rule: 'unsafe-deserialization',
    title: 'Unsafe deserialization',
    request: 'CRITICAL',
    param: 'HIGH',
    dynamic: 'HIGH',
    fix: 'deserialize untrusted data with a data-only format (JSON, yaml.safe_load)',
  },
  path: {
    rule: 'path-traversal',
    title: 'File path from request data',
    request: 'HIGH',
    param: 'MEDIUM',
    dynamic: undefined,
    fix: 'resolve the path and check it stays inside the allowed folder, or map ids to file names',
  },
  ssrf: {
    rule: 'ssrf',
    title: 'Outbound request to a URL from request data (SSRF)',
    request: 'HIGH',
    param: undefined,
    dynamic: undefined,
    fix: 'allow-list the hosts the server may call and build the URL from a fixed base',
  },
  redirect: {
    rule: 'open-redirect',
    title: 'Redirect to a URL from request data',
    request: 'HIGH',
    param: undefined,
    dynamic: undefined,
    fix: 'redirect only to relative paths or allow-listed hosts',
  },
  html: {
    rule: 'xss',
    title: 'Unescaped data written as HTML (XSS)',
    request: 'CRITICAL',
    param: 'HIGH',
    dynamic: 'HIGH',
    fix: 'render as text (textContent, JSX children) or sanitize with DOMPurify first',
  },
  xxe: {
    rule: 'xxe',
    title: 'XML parsed with external entities enabled (XXE)',
    request: 'CRITICAL',
    param: 'HIGH',
    dynamic: 'HIGH',
    fix: 'parse XML with entity expansion off (noent: false, resolve_entities=False, defusedxml)',
  },
  redos: {
    rule: 'redos',
    title: 'Request data matched by a regular expression with nested quantifiers (ReDoS)',
    request: 'HIGH',
    param: undefined,
    dynamic: undefined,
    fix: 'remove the nested quantifier (e.g. /([0-9]+)+#/ -> /[0-9]+#/) or bound the input length first',
  },
}

/** The severity of a hit, or undefined when it is not worth a finding. */
export function severityOf(family: SinkFamily, taint: Taint | 'dynamic'): ReviewSeverity | undefined {
  const spec = FAMILIES[family]
  if (taint === 'dynamic') return spec.dynamic
  return taint.level === 'request' ? spec.request : spec.param
}
