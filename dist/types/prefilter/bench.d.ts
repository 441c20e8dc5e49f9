import type { Report } from '../report/types.js';
import type { PrefilterCase } from './cases.js';
import { type BenchmarkFigures, type CaseOutcome } from './metrics.js';
import type { PrefilterSignals, ToolPrefilter } from './prefilter.js';
/** The gates of the `prefilter` config section. */
export interface BenchmarkGates {
    minTokenReduction: number;
    minCompleteness: number;
    /** Reported next to the reduction; not gated. */
    targetTokenReduction?: number;
}
/** A finished run: the figures and each case's outcome. */
export interface BenchmarkRun {
    figures: BenchmarkFigures;
    outcomes: Array<CaseOutcome & {
        line: number;
    }>;
}
/** Where the inputs came from, named in the report. */
export interface BenchmarkSources {
    tools: string;
    cases: string;
}
/** Tools one `find_tools` or tool-search call returns. */
export declare const SEARCH_LIMIT = 5;
/**
 * Runs every case through the prefilter.
 * @param signals per case, what an async step found (e.g. {@link SemanticIndex.signals}); the
 *   latency figures then time the synchronous filter only, not the provider's round trip
 */
export declare function runBenchmark(prefilter: ToolPrefilter, cases: readonly PrefilterCase[], signals?: readonly PrefilterSignals[]): BenchmarkRun;
/**
 * The benchmark's report: gates decide `ok`; figures go to `data`; tokenizer and serialisation
 * are named so a reader knows what "tokens" means.
 */
export declare function benchmarkReport(run: BenchmarkRun, prefilter: ToolPrefilter, gates: BenchmarkGates, sources: BenchmarkSources): Report;
