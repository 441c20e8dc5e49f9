/**
 * The port every analyzer implements. An analyzer reads the change (files at head, added lines)
 * and returns rule hits; it never filters by changed lines, fingerprints or scores: the review
 * use case does that once for all of them (collect.ts), and anchors the LLM pass's findings the same way.
 */
import type { ChangeSet, ChangedSource } from './change.js';
import type { FindingCandidate, ReviewAgent } from './findings.js';
import type { LcovReport } from './lcov.js';
/** What an analyzer may read. */
export interface AnalyzerContext {
    change: ChangeSet;
    /** The selected agents; analyzers may skip rules no selected agent reports. */
    agents: ReadonlySet<ReviewAgent>;
    /** The coverage report, when one was found. */
    coverage?: LcovReport;
    /** OSV's API base URL for the dependency review; api.osv.dev when absent. */
    osvUrl?: string;
    /** Changed lockfiles and manifests the review's `exclude` leaves out of the other analyzers. */
    dependencyFiles?: readonly ChangedSource[];
}
/** Hits plus notes for the summary (a tool that could not run, a file that did not parse). */
export interface AnalyzerResult {
    findings: FindingCandidate[];
    notices: string[];
}
/** One deterministic analyzer. */
export interface Analyzer {
    /** Short name shown in notices: `eslint`, `secrets`, `sql-migrations`... */
    name: string;
    /** The agents that report its rules; it runs when any of them is selected. */
    agents: readonly ReviewAgent[];
    analyze(context: AnalyzerContext): Promise<AnalyzerResult>;
}
/** Changed files with content whose path matches `pattern`. */
export declare function filesMatching(change: ChangeSet, pattern: RegExp): Array<ChangedSource & {
    content: string;
    lines: string[];
}>;
/** JavaScript and TypeScript sources, JSX included; declaration files are types only. */
export declare const SCRIPT_FILE: RegExp;
/** Python sources (stubs hold types only). */
export declare const PYTHON_FILE: RegExp;
export declare function isScript(path: string): boolean;
