/**
 * oxc-parser's fastest path where the runtime has it: raw transfer with lazy deserialisation (Node 22
 * and later on 64-bit little-endian). The parse writes its AST into one buffer and only the fields
 * read here (the module record, comments, errors) become objects: no JSON text of the whole AST is
 * built, copied and searched. On monaco-editor's esm/ tree under Node 24 that is about a tenth of the
 * CPU of the JSON path. Older runtimes keep the JSON path (parse-ts.ts).
 */
import type { Comment, EcmaScriptModule, OxcError } from 'oxc-parser'

/** One file's parse as the JSON path gives it, without the AST. */
export interface LazyParsed {
  module: EcmaScriptModule
  comments: Comment[]
  errors: OxcError[]
}

/** Parses one file and reads what the check needs out of the buffer (comments only when asked). */
export type LazyParse = (file: string, text: string, comments?: boolean) => LazyParsed

let parser: LazyParse | undefined
let loading: Promise<LazyParse | undefined> | undefined

/**
 * Loads the lazy parser once, if this runtime supports it; undefined otherwise. Loading is
 * asynchronous (a dynamic import, so older runtimes never evaluate a module that throws on them);
 * {@link lazyParser} answers synchronously afterwards.
 */
export function loadLazyParser(): Promise<LazyParse | undefined> {
  loading ??= (async () => {
    try {
      const { rawTransferSupported } = await import('oxc-parser/src-js/raw-transfer/supported')
      if (!rawTransferSupported()) return undefined
      const { parseSyncLazy } = await import('oxc-parser/src-js/raw-transfer/lazy')
      parser = (file, text, comments = true) => {
        const result = parseSyncLazy(file, text, { sourceType: 'unambiguous' })
        try {
          return {
            module: plainModule(result.module),
            // Only what parse-ts.ts reads: comment spans, an error's message and first label.
            comments: comments
              ? [...result.comments].map((c) => ({ start: c.start, end: c.end }) as Comment)
              : [],
            errors: [...result.errors].map(
              (e) =>
                ({ message: e.message, labels: [...e.labels].map((l) => ({ start: l.start })) }) as OxcError,
            ),
          }
        } finally {
          result.dispose()
        }
      }
      return parser
    } catch {
      // A platform without the raw-transfer code: the JSON path works everywhere.
      return undefined
    }
  })()
  return loading
}

/** The lazy parser once {@link loadLazyParser} has found it, else undefined. */
export function lazyParser(): LazyParse | undefined {
  return parser
}

/** A span of the lazy module record: `{value, start, end}`, `{start, end}` or a variant's name. */
type LazyName = { value?: string; start?: number; end?: number } | string | null

/**
 * The lazy module record holds the Rust shape: an enum of names is the variant's span or the
 * variant's name in lower case, where the JSON path gives `{kind, name}`. parse-ts.ts reads the
 * JSON shape, so the lazy record is turned into it here.
 */
function plainModule(module: EcmaScriptModule): EcmaScriptModule {
  // Only the fields parse-ts.ts reads: every field read here is deserialised from the buffer, and
  // on a cold scan this copy cost as much as the parse itself.
  return {
    hasModuleSyntax: module.hasModuleSyntax,
    staticImports: [...module.staticImports].map((s) => ({
      start: s.start,
      moduleRequest: { value: s.moduleRequest.value },
      entries: [...s.entries].map((e) => ({
        importName: importName(e.importName as unknown as LazyName),
        isType: e.isType,
      })),
    })),
    staticExports: [...module.staticExports].map((s) => ({
      start: s.start,
      entries: [...s.entries].map((e) => ({
        moduleRequest: e.moduleRequest ? { value: e.moduleRequest.value } : null,
        importName: exportImportName(e.importName as unknown as LazyName),
        exportName: exportExportName(e.exportName as unknown as LazyName),
        isType: e.isType,
      })),
    })),
    dynamicImports: [...module.dynamicImports].map((d) => ({
      start: d.start,
      moduleRequest: { start: d.moduleRequest.start, end: d.moduleRequest.end },
    })),
    importMetas: [],
  } as unknown as EcmaScriptModule
}

const nameOf = (name: LazyName) =>
  name !== null && typeof name === 'object' && typeof name.value === 'string' ? name.value : null

function importName(name: LazyName) {
  if (name === 'namespaceObject') return { kind: 'NamespaceObject', name: null }
  const value = nameOf(name)
  return value === null ? { kind: 'Default', name: null } : { kind: 'Name', name: value }
}

function exportImportName(name: LazyName) {
  if (name === 'all') return { kind: 'All', name: null }
  if (name === 'allButDefault') return { kind: 'AllButDefault', name: null }
  const value = nameOf(name)
  return value === null ? { kind: 'None', name: null } : { kind: 'Name', name: value }
}

function exportExportName(name: LazyName) {
  const value = nameOf(name)
  if (value !== null) return { kind: 'Name', name: value }
  return name !== null && typeof name === 'object'
    ? { kind: 'Default', name: null }
    : { kind: 'None', name: null }
}
