/**
 * SQL migrations read with Postgres's own parser (libpg_query):
 * - `table-without-rls` (CRITICAL): a table created in the exposed schema without `ENABLE ROW LEVEL
 *   SECURITY` anywhere in the change: with Supabase, every row is readable through the API.
 * - `policy-always-true` (HIGH): `USING (true)` / `WITH CHECK (true)`: RLS on, protection off;
 *   not for policies scoped only `TO service_role`, which bypasses RLS anyway.
 * - `security-definer-without-search-path` (HIGH): a definer function hijackable through search_path.
 * - `index-without-concurrently` (MEDIUM): `CREATE INDEX` on an existing table locks its writes.
 * - `not-null-without-default` (HIGH): `ADD COLUMN ... NOT NULL` without a default fails on a
 *   table that has rows.
 */
import type { Analyzer } from '../analyzer.js';
import type { FindingCandidate } from '../findings.js';
type Node = Record<string, unknown>;
/** A statement tagged with its file and the byte offset to report it at. */
interface Located {
    file: string;
    bytes: Buffer;
    kind: string;
    node: Node;
    location: number | undefined;
}
/** Applies the rules to every statement of the changed migrations at once (RLS may be enabled in a later file). */
export declare function migrationHits(statements: readonly Located[]): FindingCandidate[];
export declare const sqlMigrationsAnalyzer: Analyzer;
export {};
