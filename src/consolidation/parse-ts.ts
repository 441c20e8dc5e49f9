/**
 * Imports of a TS/TSX/JS/MJS/CJS file from oxc-parser's module record: static imports, re-exports,
 * dynamic `import()` and (walking the AST only when it holds an identifier `require`) `require()`.
 * Comments and strings never count because the parser, not a regex, decides what an import is.
 */
import type { Comment, EcmaScriptModule, Program } from 'oxc-parser'
import { parse, parseSync, type NativeParseResult } from 'oxc-parser/src-js/bindings'
import { lazyParser } from './parse-lazy.js'
import { LineIndex } from './positions.js'
import type { ImportRecord, ParsedSource } from './types.js'

/**
 * Parses one JS-family file; a syntax error becomes `problem`, never an exception. A source without
 * `require(` has no require() call, so the module record says everything: it goes through
 * the lazy parser when loaded (parse-lazy.ts); the others need the AST, as oxc's JSON text.
 */
export function parseScript(file: string, text: string, options: ScriptParseOptions = {}): ParsedSource {
  const comments = options.comments ?? true
  const lazy = mayRequireText(text) ? undefined : lazyParser()
  if (lazy) return readResult(lazy(file, text, comments), text, comments)
  return readJson(parseSync(file, text, OPTIONS), text, comments)
}

/** What a parse collects besides the imports. */
export interface ScriptParseOptions {
  /**
   * Comment spans (default true), which only the signature search reads: without it they are left
   * in oxc's buffer, and `comments` is empty (monaco-editor has three comments per import).
   */
  comments?: boolean
}

/**
 * {@link parseScript} on a thread of libuv's pool: oxc parses and serialises there, so several files
 * are parsed at once while the main thread reads the next ones (the native work is most of a cold
 * scan). The lazy parser is quicker still on the main thread: when loaded, it is used.
 */
export async function parseScriptAsync(
  file: string,
  text: string,
  options: ScriptParseOptions = {},
): Promise<ParsedSource> {
  if (!mayRequireText(text) && lazyParser()) return parseScript(file, text, options)
  return readJson(await parse(file, text, OPTIONS), text, options.comments ?? true)
}

/**
 * Whether the source can hold a `require(` call or `import x = require(`: the word, then a paren
 * or a comment before one. A file that only names require in prose or in a string test
 * goes the lazy way; whether a match is a real call the AST decides.
 */
function mayRequireText(text: string): boolean {
  return REQUIRE_CALL.test(text)
}

const REQUIRE_CALL = /\brequire\s*(?:\(|\/[/*])/

const OPTIONS = { sourceType: 'unambiguous' } as const

/** What both parsers give. */
type ParseResult = Omit<NativeParseResult, 'program'>

/**
 * The parse of one file from a parser's result. The JSON path's AST text is read even when unused:
 * left in the native result it would live until V8 collects the small wrapper, which V8 never
 * hurries (a cold scan of monaco-editor then peaked at 380 MB).
 */
function readJson(result: NativeParseResult, text: string, withComments: boolean): ParsedSource {
  return readResult(result, text, withComments, result.program)
}

function readResult(result: ParseResult, text: string, withComments: boolean, ast?: string): ParsedSource {
  // Every field is read once: reading moves it out of native memory, which V8 cannot see.
  const { module, errors } = result
  const comments = result.comments
  const lines = new LineIndex(text)
  const imports = moduleImports(module, text, lines)
  // Without `require(` in the source there is no require() call: the AST text, eight times the
  // size of the source, is not searched.
  if (ast !== undefined && mayRequireText(text) && mayRequire(ast)) {
    imports.push(...requireCalls(programOf(ast), lines))
  }
  imports.sort((a, b) => a.line - b.line || a.column - b.column)
  const parsed: ParsedSource = {
    imports,
    exports: localExports(module),
    comments: withComments ? comments.map((c: Comment) => [c.start, c.end]) : [],
  }
  const error = errors[0]
  if (error) {
    const at = lines.at(error.labels[0]?.start ?? 0)
    parsed.problem = { message: error.message, ...at }
  }
  return parsed
}

function moduleImports(module: EcmaScriptModule, text: string, lines: LineIndex): ImportRecord[] {
  const out: ImportRecord[] = []
  for (const s of module.staticImports) {
    const typeOnly = s.entries.length > 0 && s.entries.every((e) => e.isType)
    out.push({
      specifier: s.moduleRequest.value,
      kind: typeOnly ? 'type-only' : 'static',
      names: s.entries.map((e) => (e.importName.kind === 'Default' ? 'default' : (e.importName.name ?? '*'))),
      ...lines.at(s.start),
    })
  }
  for (const s of module.staticExports) {
    // One record per `export ... from` statement: its entries share the module request.
    const entries = s.entries.filter((e) => e.moduleRequest !== null)
    const request = entries[0]?.moduleRequest
    if (!request) continue
    const typeOnly = entries.every((e) => e.isType)
    out.push({
      specifier: request.value,
      kind: typeOnly ? 'type-only' : 're-export',
      names: entries.map((e) => (e.importName.kind === 'Name' ? (e.importName.name ?? '*') : '*')),
      exported: entries.map((e) => e.exportName.name ?? (e.exportName.kind === 'Default' ? 'default' : '*')),
      ...lines.at(s.start),
    })
  }
  for (const d of module.dynamicImports) {
    const specifier = stringLiteral(text.slice(d.moduleRequest.start, d.moduleRequest.end))
    // `import(variable)` cannot be resolved statically; it is not an edge of the graph.
    if (specifier !== undefined) out.push({ specifier, kind: 'dynamic', names: ['*'], ...lines.at(d.start) })
  }
  return out
}

/** Names exported by the file's own declarations (`export const x`, `export default`, `export { y }`). */
function localExports(module: EcmaScriptModule): string[] {
  return module.staticExports.flatMap((s) =>
    s.entries
      .filter((e) => e.moduleRequest === null)
      .map((e) => (e.exportName.kind === 'Default' ? 'default' : (e.exportName.name ?? 'default'))),
  )
}

/** The value of a plain string literal (quotes or a template without `${`), else undefined. */
function stringLiteral(source: string): string | undefined {
  const s = source.trim()
  const quote = s[0]
  if ((quote === '"' || quote === "'" || quote === '`') && s.endsWith(quote) && s.length >= 2) {
    const body = s.slice(1, -1)
    if (quote === '`' && body.includes('${')) return undefined
    return body
  }
  return undefined
}

/**
 * Whether the AST (as oxc's JSON text) can hold a `require('x')` call or an `import x = require('x')`.
 * An identifier named `require` is serialised as `"name":"require"`; the same text inside a string
 * or a comment of the source is escaped (`\"name\":...`) or absent, so a file that merely mentions
 * `require(` in a string is never turned into objects. Building the ESTree objects of every file
 * cost more than parsing them.
 */
function mayRequire(ast: string): boolean {
  return ast.includes('"name":"require"') || ast.includes('"TSExternalModuleReference"')
}

/** The ESTree program of oxc's JSON text (literals needing `fixes`, BigInt and RegExp, are not read here). */
function programOf(ast: string): Program {
  return (JSON.parse(ast) as { node: Program }).node
}

/**
 * `require('x')` calls and TS `import x = require('x')`. A plain walk over the ESTree objects:
 * oxc-parser's own `Visitor` loads its walker through `createRequire`, which neither a bundle nor
 * Jest's ESM runtime can follow.
 */
function requireCalls(program: Program, lines: LineIndex): ImportRecord[] {
  const out: ImportRecord[] = []
  const stack: unknown[] = [program]
  while (stack.length > 0) {
    const node = stack.pop()
    if (Array.isArray(node)) {
      for (const child of node) if (child && typeof child === 'object') stack.push(child)
      continue
    }
    if (!node || typeof node !== 'object') continue
    const specifier = requiredModule(node as AstNode)
    if (specifier !== undefined) {
      out.push({ specifier, kind: 'require', names: ['*'], ...lines.at((node as AstNode).start) })
    }
    for (const [key, child] of Object.entries(node)) {
      if (key !== 'parent' && child && typeof child === 'object') stack.push(child)
    }
  }
  return out
}

interface AstNode {
  type?: string
  start: number
  callee?: { type?: string; name?: string }
  arguments?: Array<{ type?: string; value?: unknown }>
  expression?: { type?: string; value?: unknown }
}

/** The module a `require('x')` call or an `import x = require('x')` reference names, if any. */
function requiredModule(node: AstNode): string | undefined {
  if (
    node.type === 'CallExpression' &&
    node.callee?.type === 'Identifier' &&
    node.callee.name === 'require'
  ) {
    const arg = node.arguments?.[0]
    return arg?.type === 'Literal' && typeof arg.value === 'string' ? arg.value : undefined
  }
  if (node.type === 'TSExternalModuleReference' && typeof node.expression?.value === 'string') {
    return node.expression.value
  }
  return undefined
}
