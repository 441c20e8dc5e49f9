import { type BenchmarkOfSources } from './benchmark-sources.js';
/** The base's benchmark, or a note saying why there is none; `problem` when that is a fault. */
export interface BaseBenchmark {
    benchmark?: BenchmarkOfSources;
    note?: string;
    problem?: boolean;
}
/**
 * The benchmark of the base commit, or a note saying why there is none. A base without a
 * registry yet is normal (the PR adds the prefilter); a base that is not fetched is a warning.
 */
export declare function benchmarkAtRef(root: string, ref: string, configPath: string | undefined): Promise<BaseBenchmark>;
