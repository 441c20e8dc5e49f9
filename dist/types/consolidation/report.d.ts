import type { Report } from '../report/types.js';
import type { ConcernAudit, ConcernStatus } from './audit.js';
import { type BaselineEntry } from './baseline.js';
import type { ScanStats } from './graph.js';
import type { ParseProblem, Violation } from './types.js';
/** Why a violation does not fail the gate, or `new` when it does. */
export type ViolationStatus = 'new' | 'baseline' | 'pre-existing';
/** A violation as reported, with its status against the baseline and `--since`. */
export type ReportedViolation = Violation & {
    status: ViolationStatus;
};
/** What the report is built from. */
export interface ConsolidationFacts {
    violations: ReportedViolation[];
    statuses: ConcernStatus[];
    audit: ConcernAudit[];
    parseErrors: Array<ParseProblem & {
        file: string;
    }>;
    skipped: string[];
    baseline: {
        file: string;
        known: number;
        fixed: BaselineEntry[];
        updated: boolean;
    };
    since?: {
        ref: string;
        sha: string;
        added: Violation[];
        removed: Violation[];
    };
    stats: ScanStats;
}
/** Builds the report; the gate passes when no violation is new. */
export declare function consolidationReport(facts: ConsolidationFacts): Report;
