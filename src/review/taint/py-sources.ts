/**
 * Where request data enters Python handlers (Flask, Django, FastAPI/Starlette, aiohttp) and what
 * cleans it, over tree-sitter's Python tree.
 */
import type { Node } from 'web-tree-sitter'

/** `a.b.c` of an attribute chain (calls break it); undefined for other shapes. */
export function pyChain(node: Node): string[] | undefined {
  if (node.type === 'identifier') return [node.text]
  if (node.type === 'attribute') {
    const object = node.childForFieldName('object')
    const attr = node.childForFieldName('attribute')
    const head = object ? pyChain(object) : undefined
    return head && attr ? [...head, attr.text] : undefined
  }
  return undefined
}

const REQUEST_FIELDS = new Set([
  'args',
  'form',
  'values',
  'json',
  'data',
  'files',
  'cookies',
  'headers',
  'GET',
  'POST',
  'body',
  'COOKIES',
  'META',
  'FILES',
  'query_params',
  'path_params',
  'match_info',
  'query',
  'url',
  'path',
  'full_path',
  'query_string',
  'rel_url',
  'content',
  'stream',
])
const REQUEST_METHODS = new Set([
  'get_json',
  'get_data',
  'json',
  'form',
  'body',
  'post',
  'text',
  'read',
  'multipart',
])

/** Whether an attribute chain reads client data (`request.args`, `self.request.GET`). */
export function isPySourceChain(chain: readonly string[]): boolean {
  for (let i = 0; i < chain.length - 1; i++) {
    if ((chain[i] === 'request' || chain[i] === 'req') && REQUEST_FIELDS.has(chain[i + 1] as string))
      return true
  }
  return false
}

/** Whether a call returns client data (`request.get_json()`, `await request.post()`). */
export function isPySourceCall(callee: readonly string[]): boolean {
  const n = callee.length
  return (
    n >= 2 &&
    (callee[n - 2] === 'request' || callee[n - 2] === 'req') &&
    REQUEST_METHODS.has(callee[n - 1] as string)
  )
}

const SANITIZERS = new Set([
  'int',
  'float',
  'bool',
  'len',
  'escape',
  'quote',
  'quote_plus',
  'basename',
  'secure_filename',
  'literal_eval',
  'uuid4',
  'hexdigest',
  'digest',
  'check_password_hash',
  'generate_password_hash',
  'make_password',
  'check_password',
  'isdigit',
  'isnumeric',
  'isalnum',
  'startswith',
  'endswith',
  'count',
  'clean',
  'bleach',
])

/** Whether a call's result is safe whatever its arguments. */
export function isPySanitizer(callee: readonly string[]): boolean {
  return SANITIZERS.has(callee[callee.length - 1] as string)
}

/** Decorators that make a function a route: its parameters come from the request. */
export const ROUTE_DECORATOR = /\.(?:route|get|post|put|patch|delete|api_route|websocket)$/
