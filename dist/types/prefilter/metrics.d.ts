/**
 * Benchmark figures: per case (were the needed tools kept, how many tokens were saved) and their
 * summary over a run. Pure, so the CLI benchmark and the public benchmark score the same way.
 */
import type { PrefilterResult } from './types.js';
/** How one case went. */
export interface CaseOutcome {
    /** All expected tools kept. */
    complete: boolean;
    /** All expected tools kept or found by the safety net's search (one more turn). */
    reachable: boolean;
    /** Share of expected tools kept (1 when none were expected). */
    recall: number;
    /** 1 - kept tokens / catalogue tokens. */
    reduction: number;
    keptTools: number;
    keptTokens: number;
    totalTokens: number;
    /** Tokens of the core tools kept (sent on every request, whatever the message). */
    coreTokens: number;
    /** All configured core tools were kept (a core name missing from the catalogue is not kept). */
    coreKept: boolean;
    missing: string[];
    latencyMs: number;
}
/** The summary the CLI prints and the gates read. */
export interface BenchmarkFigures {
    cases: number;
    completeness: number;
    /** Share of cases whose needed tools were all kept or found by the safety net's search. */
    reachable: number;
    toolRecall: number;
    tokenReduction: {
        mean: number;
        p10: number;
    };
    /** The most any filter that keeps the core tools can save: 1 - core tokens / all tokens (mean). */
    attainableReduction: number;
    /** Reduction on the part the filter decides: 1 - (kept - core) / (all - core) tokens (mean). */
    nonCoreReduction: number;
    coreKept: number;
    latencyMs: {
        p50: number;
        p99: number;
    };
    tokensPerRequest: {
        before: number;
        after: number;
    };
    keptTools: {
        mean: number;
    };
}
/** Scores one prefilter result against the tools a case expects. */
export declare function caseOutcome(result: PrefilterResult, expected: readonly string[], core: readonly string[], latencyMs: number, found?: readonly string[]): CaseOutcome;
/** The q-quantile (0..1) of a list, by the nearest-rank method; 0 for an empty list. */
export declare function quantile(values: readonly number[], q: number): number;
/** Summarises a run; shares are rounded to 4 digits and latencies to microseconds. */
export declare function summarise(outcomes: readonly CaseOutcome[]): BenchmarkFigures;
