/**
 * Severity order and the one deterministic finding order every renderer shares, so the text,
 * markdown, SARIF and annotation outputs list the same findings in the same sequence.
 */
import type { Finding, Severity } from './types.js';
/** Most severe first. */
export declare const SEVERITIES: readonly Severity[];
/** 0 for CRITICAL up to 4 for INFO; an unknown value (bad input from JSON) sorts last. */
export declare function severityRank(severity: Severity): number;
/** Most severe first, then by file, line, column, rule and message: a total, locale-free order. */
export declare function compareFindings(a: Finding, b: Finding): number;
/** By file, then line and column, then severity: the order a reader walks a codebase in. */
export declare function compareByLocation(a: Finding, b: Finding): number;
/** A sorted copy; the input is never mutated (reports are shared between renderers). */
export declare function sortFindings(findings: readonly Finding[], compare?: typeof compareFindings): Finding[];
/** Counts per severity, in severity order, omitting zeros: e.g. `1 HIGH, 2 LOW`. */
export declare function severityCounts(findings: readonly Finding[]): Array<{
    severity: Severity;
    count: number;
}>;
/** `3 findings (1 HIGH, 2 LOW)`, or `no findings`. */
export declare function describeCounts(findings: readonly Finding[]): string;
/** `file:line:col`, `file:line`, `file`, or undefined when the finding has no file. */
export declare function formatLocation(finding: Finding): string | undefined;
