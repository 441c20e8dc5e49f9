import type { Report } from '../report/types.js';
import type { RollbackResult } from '../rollback/index.js';
import type { BlindIssueResult, EvidenceItem, WatchedDeployment } from './ports.js';
/** A run that looked at nothing: no deployment, not due, or past the window. */
export declare function idleReport(reason: string, deployment?: WatchedDeployment): Report;
/** The evidence of a rollback: the report as markdown (table and charts) and the sources' links. */
export declare function evidenceMarkdown(report: Report, items: readonly EvidenceItem[], deployment: WatchedDeployment): string;
/** Adds what the run did and the evidence to the decision's report. */
export declare function liveReport(base: Report, extra: {
    rollback?: RollbackResult;
    blindIssue?: BlindIssueResult;
    evidence: readonly EvidenceItem[];
    dryRun: boolean;
}): Report;
