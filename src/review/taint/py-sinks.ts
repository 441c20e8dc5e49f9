/**
 * The Python sinks of each family, by the callee as written (`cursor.execute`, `subprocess.run`,
 * `pickle.loads`), with the argument that reaches the dangerous operation.
 */
import type { Node } from 'web-tree-sitter'
import type { SinkFamily } from './families.js'

export interface PyCallSink {
  family: SinkFamily
  sink: string
  arg: Node
  /** Runs SQL only when the argument's static text reads as SQL. */
  needsSqlText?: boolean
  /** Reported even when nothing tainted reaches it (`yaml.load` without a safe loader). */
  always?: boolean
}

const DB_RECEIVER = /^(?:cursor|cur|c|conn|connection|db|session|engine|con|database|sql)$/i
const SUBPROCESS = new Set(['run', 'call', 'check_call', 'check_output', 'Popen'])
const HTTP = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'request', 'urlopen', 'Request'])
const HTTP_CLIENTS = /^(?:requests|httpx|urllib|request|urllib2|session|client|http|aiohttp)$/

/** Positional arguments and keyword arguments of a call. */
export function callArgs(call: Node): { positional: Node[]; keywords: Map<string, Node> } {
  const positional: Node[] = []
  const keywords = new Map<string, Node>()
  for (const child of call.childForFieldName('arguments')?.namedChildren ?? []) {
    if (!child) continue
    if (child.type === 'keyword_argument') {
      const name = child.childForFieldName('name')?.text
      const value = child.childForFieldName('value')
      if (name && value) keywords.set(name, value)
    } else if (child.type !== 'comment') positional.push(child)
  }
  return { positional, keywords }
}

/** The sink a call reaches, given its callee chain. */
export function pyCallSink(call: Node, chain: readonly string[]): PyCallSink | undefined {
  const { positional, keywords } = callArgs(call)
  const name = chain[chain.length - 1] as string
  const receiver = chain.length > 1 ? (chain[chain.length - 2] as string) : undefined
  const sink = chain.join('.')
  const arg0 = positional[0]
  const found = (family: SinkFamily, arg: Node | undefined, extra: Partial<PyCallSink> = {}) =>
    arg ? { family, sink, arg, ...extra } : undefined
  if (name === 'execute' || name === 'executemany' || name === 'executescript' || name === 'mogrify')
    return found('sql', arg0, receiver && DB_RECEIVER.test(receiver) ? {} : { needsSqlText: true })
  if (
    name === 'raw' ||
    name === 'extra' ||
    name === 'RawSQL' ||
    name === 'read_sql' ||
    name === 'read_sql_query'
  )
    return found('sql', arg0, { needsSqlText: name === 'raw' })
  if (name === 'text' && (receiver === undefined || receiver === 'sqlalchemy' || receiver === 'sa'))
    return found('sql', arg0)
  if (
    (receiver === 'os' && (name === 'system' || name === 'popen')) ||
    name === 'getoutput' ||
    name === 'getstatusoutput' ||
    name === 'create_subprocess_shell'
  )
    return found('command', arg0)
  if (receiver === 'subprocess' && SUBPROCESS.has(name)) {
    const shell = keywords.get('shell')?.text === 'True'
    if (shell) return found('command', arg0)
    const program = arg0?.type === 'list' ? arg0.namedChildren[0] : undefined
    return program ? found('command', program) : undefined
  }
  if (receiver === undefined && (name === 'eval' || name === 'exec' || name === 'compile'))
    return found('code', arg0)
  if (name === 'eval' && receiver === 'ImageMath') return found('code', arg0)
  if (name === 'render_template_string' || (name === 'Template' && receiver !== 'string'))
    return found('code', arg0)
  if (
    (receiver === 'pickle' ||
      receiver === 'cPickle' ||
      receiver === '_pickle' ||
      receiver === 'dill' ||
      receiver === 'marshal' ||
      receiver === 'shelve') &&
    (name === 'loads' || name === 'load' || name === 'Unpickler' || name === 'open')
  )
    return found('deserialization', arg0)
  if (receiver === 'jsonpickle' && name === 'decode') return found('deserialization', arg0)
  if (receiver === 'yaml' && (name === 'unsafe_load' || name === 'full_load'))
    return found('deserialization', arg0, { always: true })
  if (receiver === 'yaml' && (name === 'load' || name === 'load_all')) {
    const loader = (keywords.get('Loader') ?? positional[1])?.text ?? ''
    return /Safe|Base/.test(loader) ? undefined : found('deserialization', arg0, { always: true })
  }
  if (
    (receiver === undefined && name === 'open') ||
    name === 'send_file' ||
    name === 'FileResponse' ||
    ((receiver === 'os' || receiver === 'shutil') && /^(?:remove|unlink|rmtree|rmdir)$/.test(name)) ||
    ((receiver === 'io' || receiver === 'codecs') && name === 'open')
  )
    return found('path', arg0)
  if (HTTP.has(name) && receiver && HTTP_CLIENTS.test(receiver))
    return found(
      'ssrf',
      name === 'request' && receiver !== 'urllib' ? positional[1] : (arg0 ?? keywords.get('url')),
    )
  if (name === 'urlopen') return found('ssrf', arg0)
  if (
    name === 'redirect' ||
    name === 'HttpResponseRedirect' ||
    name === 'RedirectResponse' ||
    name === 'HTTPFound'
  )
    return found('redirect', arg0 ?? keywords.get('url') ?? keywords.get('location'))
  if (name === 'Markup' || name === 'mark_safe' || name === 'SafeString') return found('html', arg0)
  if (name === 'HttpResponse' || name === 'make_response')
    return found('html', arg0, { needsSqlText: false, sink: `${sink} (HTML response)` })
  if (name === 'XMLParser' && keywords.get('resolve_entities')?.text === 'True')
    return found('xxe', call, { always: true })
  return undefined
}
