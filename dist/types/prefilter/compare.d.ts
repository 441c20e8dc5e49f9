/**
 * Base branch vs head: the PR comparison table of two benchmark runs and the regression verdict.
 * Pure; the action feeds it the `data` of two `prefilter bench --format json` runs.
 */
import type { Finding, Report } from '../report/types.js';
import type { BenchmarkFigures } from './metrics.js';
/** What counts as a regression; completeness and core tools may not drop at all by default. */
export interface RegressionTolerance {
    /** Allowed drop of completeness (share, e.g. 0.01 = one point). */
    completeness: number;
    /** Allowed drop of mean token reduction (share). */
    tokenReduction: number;
}
export declare const DEFAULT_TOLERANCE: RegressionTolerance;
/**
 * The regressions of the head against the base: the decision, apart from how it is shown.
 * @returns one HIGH finding per regression (completeness, core tools, token reduction)
 */
export declare function findRegressions(base: BenchmarkFigures, head: BenchmarkFigures, tolerance?: RegressionTolerance): Finding[];
/** The comparison table: every figure side by side, or the head's alone without a base. */
export declare function comparisonRows(base: BenchmarkFigures | undefined, head: BenchmarkFigures): string[][];
/**
 * Compares the benchmark of the base branch with the head's.
 * @param base figures of the base branch, or undefined when it has no benchmark yet
 * @param head figures of the PR's head
 * @returns a report whose `ok` is false on a regression (completeness, core tools, token reduction)
 */
export declare function compareBenchmarks(base: BenchmarkFigures | undefined, head: BenchmarkFigures, tolerance?: RegressionTolerance): Report;
