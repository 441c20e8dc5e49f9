/**
 * Where request data enters JavaScript and TypeScript handlers: Express, Koa, Fastify, Hono,
 * Next.js route handlers and server actions, Deno.serve / Supabase edge functions, and the
 * browser's URL. Recognised by shape (`req.body.x`, `ctx.request.query`, `await request.json()`),
 * since a handler's parameters carry no types in JavaScript.
 */
import { isNode, type AstNode } from '../analyzers/ast.js'

/** `a.b.c` as `['a', 'b', 'c']` (calls in the chain break it); undefined for other shapes. */
export function memberChain(node: AstNode): string[] | undefined {
  if (node.type === 'Identifier') return [node.name as string]
  if (node.type === 'ThisExpression') return ['this']
  if (node.type === 'ChainExpression' && isNode(node.expression)) return memberChain(node.expression)
  if (node.type !== 'MemberExpression' || !isNode(node.object) || !isNode(node.property)) return undefined
  // `new Popup().setHTML(...)`, `$(el).html(...)`: the receiver is a call; the method still names the sink.
  const call = node.object.type === 'CallExpression' || node.object.type === 'NewExpression'
  const head = call ? ['()'] : memberChain(node.object)
  if (!head) return undefined
  const prop = node.property
  if (!node.computed && prop.type === 'Identifier') return [...head, prop.name as string]
  if (prop.type === 'Literal' && typeof prop.value === 'string') return [...head, prop.value]
  return [...head, '[]']
}

/** Fields of a request object that the client controls. */
const REQUEST_FIELDS = new Set([
  'body',
  'query',
  'params',
  'headers',
  'cookies',
  'signedCookies',
  'files',
  'file',
  'url',
  'originalUrl',
  'path',
  'nextUrl',
  'searchParams',
  'rawBody',
  'hostname',
])
/** Methods of a request object that return client data. */
const REQUEST_METHODS = new Set([
  'json',
  'formData',
  'text',
  'arrayBuffer',
  'blob',
  'param',
  'header',
  'get',
  'query',
  'queries',
  'valid',
  'parseBody',
])
/** Names a request object goes by. */
const REQUEST_NAMES = new Set(['req', 'request', '_req', '_request'])
/** Koa's context exposes the request's fields on itself. */
const KOA_FIELDS = new Set(['query', 'params', 'querystring', 'headers', 'cookies', 'path', 'url'])
/** Serverless events (Netlify, AWS Lambda). */
const EVENT_FIELDS = new Set(['body', 'queryStringParameters', 'pathParameters', 'headers', 'rawQuery'])
/** The browser's URL and what other windows send. */
const BROWSER = [
  ['location', 'search'],
  ['location', 'hash'],
  ['location', 'href'],
  ['document', 'URL'],
  ['document', 'referrer'],
  ['document', 'location'],
  ['window', 'location'],
  ['window', 'name'],
]

/**
 * Whether a member chain reads client data. `requestObjects` are the handler parameters known to
 * be requests by position (the first parameter of a route callback), whatever their name.
 */
export function isSourceChain(chain: readonly string[], requestObjects: ReadonlySet<string>): boolean {
  const [root, first] = chain
  if (root === undefined || first === undefined) return false
  for (let i = 0; i < chain.length - 1; i++) {
    const name = chain[i] as string
    const isRequest = REQUEST_NAMES.has(name) || (i === 0 && requestObjects.has(name))
    if (isRequest && REQUEST_FIELDS.has(chain[i + 1] as string)) return true
  }
  if ((root === 'ctx' || root === 'context') && KOA_FIELDS.has(first)) return true
  if (root === 'event' && EVENT_FIELDS.has(first)) return true
  const tail = chain.slice(-2).join('.')
  return BROWSER.some((b) => tail === b.join('.') || (chain.length === 2 && chain.join('.') === b.join('.')))
}

/** Whether a call returns client data: `req.json()`, `c.req.query('q')`, `useSearchParams()`. */
export function isSourceCall(call: AstNode, requestObjects: ReadonlySet<string>): boolean {
  const callee = call.callee
  if (!isNode(callee)) return false
  if (callee.type === 'Identifier') return callee.name === 'useSearchParams' || callee.name === 'useParams'
  const chain = memberChain(callee)
  if (!chain || chain.length < 2) return false
  const method = chain[chain.length - 1] as string
  const owner = chain[chain.length - 2] as string
  const ownerIsRequest = REQUEST_NAMES.has(owner) || (chain.length === 2 && requestObjects.has(owner))
  return ownerIsRequest && REQUEST_METHODS.has(method)
}

/** Calls whose result no longer carries the attacker's text: numbers, booleans, escapers. */
const SANITIZERS = new Set([
  'parseInt',
  'parseFloat',
  'Number',
  'Boolean',
  'BigInt',
  'isNaN',
  'encodeURIComponent',
  'encodeURI',
  'escape',
  'escapeHtml',
  'escapeHTML',
  'sanitize',
  'sanitizeHtml',
  'sanitizeUrl',
  'xss',
  'basename',
  'escapeId',
  'escapeLiteral',
  'escapeIdentifier',
  'quote',
  'validate',
  'isValidObjectId',
  'toFixed',
  'length',
  'includes',
  'startsWith',
  'endsWith',
  'test',
  'has',
  'indexOf',
  'compare',
  'hash',
  'hashSync',
  'createHash',
  'digest',
  'sign',
  'uuid',
  'randomUUID',
])

/** Whether a call's result is safe whatever its arguments. */
export function isSanitizerCall(call: AstNode): boolean {
  const callee = call.callee
  if (!isNode(callee)) return false
  const chain = memberChain(callee)
  const name = chain?.[chain.length - 1]
  if (name && SANITIZERS.has(name)) return true
  return chain?.[0] === 'Math'
}
