import type { Finding, Report, Severity } from '../report/types.js';
import { type Persona, type RuleSettings } from './finding.js';
export interface AuditOptions {
    persona?: Persona;
    /** Lowest severity that fails the gate (default HIGH). */
    failOn?: Severity;
    /** Globs of the files to audit when no files are given. */
    paths?: string[];
    /** Settings of the configurable rules. */
    settings?: RuleSettings;
}
export declare const DEFAULT_PATHS: string[];
/** Whether a finding fails the gate at a threshold. */
export declare function blocks(finding: Finding, failOn?: Severity): boolean;
/** Audits the workflows under `root` (or the given files, relative to it). */
export declare function auditWorkflows(root: string, files?: string[], options?: AuditOptions): Promise<Report>;
