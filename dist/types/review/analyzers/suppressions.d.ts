/**
 * Suppression comments added by the change are findings, not instructions: `eslint-disable`,
 * `@ts-ignore` / `@ts-expect-error`, `# nosec`, `# noqa`, `nosemgrep`, `NOSONAR`. One next to a
 * dangerous construct, or naming a security rule, is HIGH (the change switches off a reviewer
 * where it matters); others are LOW. launchgate's own analyzers never honour them (ESLint runs
 * with inline configuration off); accepting a hit is what the waivers file is for.
 */
import type { Analyzer } from '../analyzer.js';
import type { FindingCandidate } from '../findings.js';
/** The suppression hits of one file's added lines. */
export declare function findSuppressions(path: string, lines: readonly string[], added: ReadonlySet<number>): FindingCandidate[];
export declare const suppressionsAnalyzer: Analyzer;
