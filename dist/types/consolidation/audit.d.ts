/**
 * The audit of phase 1 of the launch plan: per concern, who still imports each deprecated module,
 * grouped by the symbols they use and how, so the migration can be planned in buckets; and the
 * status of each concern (consolidated, or N violations in M files).
 */
import type { Concern } from './concerns.js';
import type { ImportGraph, ImportKind, Violation } from './types.js';
/** Importers using the same symbols the same way: one migration step. */
export interface ImportBucket {
    symbols: string[];
    how: ImportKind;
    files: string[];
}
/** One deprecated module: whether it still exists and who imports it. */
export interface ModuleAudit {
    module: string;
    exists: boolean;
    importers: number;
    buckets: ImportBucket[];
}
/** The audit of one concern. */
export interface ConcernAudit {
    concern: string;
    modules: ModuleAudit[];
}
/** Where a concern stands. */
export interface ConcernStatus {
    concern: string;
    /** `broken`: the concern's config is wrong (a canonical file is missing). */
    status: 'consolidated' | 'in-progress' | 'broken';
    violations: number;
    files: number;
    /** `consolidated` or `N violations in M files`. */
    summary: string;
}
/** The audit of every concern from its violations (deprecated modules listed even when unused). */
export declare function auditConcerns(concerns: Concern[], graph: ImportGraph, violations: Violation[]): ConcernAudit[];
/** The status of each concern from the violations counted against it. */
export declare function concernStatuses(concerns: Concern[], violations: Violation[]): ConcernStatus[];
