import { type BenchmarkEmbeddings, type BenchmarkOfSources } from './benchmark-sources.js';
import type { PrefilterConfig } from './settings.js';
/** The base's benchmark, or a note saying why there is none; `problem` when that is a fault. */
export interface BaseBenchmark {
    benchmark?: BenchmarkOfSources;
    note?: string;
    problem?: boolean;
}
/**
 * The benchmark of the base commit, or a note saying why there is none. A base without a
 * registry yet is normal (the PR adds the prefilter); a base that is not fetched is a warning.
 * The base's own association file (`prefilter.associations` as the base configures it) is loaded,
 * so a PR that re-learns associations shows their gain against what the base had learned.
 * @param embeddingsOf the provider for the base's own `prefilter` section (each side as it is configured)
 */
export declare function benchmarkAtRef(root: string, ref: string, configPath: string | undefined, embeddingsOf?: (config: PrefilterConfig) => BenchmarkEmbeddings | undefined): Promise<BaseBenchmark>;
