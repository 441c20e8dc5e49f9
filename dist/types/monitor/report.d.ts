/**
 * The monitor's decision as the shared {@link Report}: triggers as findings, a table of signals with
 * value, threshold and samples, charts of the window for markdown, and the machine-readable decision
 * in `data` (the JSON renderer puts it at the top level).
 */
import type { Report } from '../report/types.js';
import type { BlindStatus } from './blind.js';
import type { Thresholds } from './thresholds.js';
import { type MonitorDecision } from './verdict.js';
export interface MonitorReportInput {
    result: MonitorDecision;
    deployment: {
        sha: string;
        deployedAt: number;
    };
    now: number;
    thresholds: Thresholds;
    /** Draw mermaid charts (for markdown; other formats would print their source as noise). */
    charts?: boolean;
    blind?: BlindStatus;
}
/** Builds the report of one monitor run. */
export declare function monitorReport(input: MonitorReportInput): Report;
