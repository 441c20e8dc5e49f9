/**
 * The benchmark of one repository state, from the texts of its tool registry and cases and its
 * prefilter config: shared by the CLI (files on disk) and the PR action (head on disk, base read
 * from git), so both sides of a comparison are measured the same way.
 */
import { type BenchmarkRun } from './bench.js';
import type { EmbeddingsProvider } from './embeddings.js';
import { ToolPrefilter } from './prefilter.js';
import type { Associations } from './learn.js';
import { type SemanticLog } from './semantic.js';
import { type PrefilterConfig } from './settings.js';
import type { Report } from '../report/types.js';
/** A file's text and the name it is reported under. */
export interface SourceText {
    text: string;
    name: string;
}
export interface BenchmarkOfSources {
    run: BenchmarkRun;
    report: Report;
    prefilter: ToolPrefilter;
}
/**
 * Parses the registry and cases, builds the prefilter from config and runs the benchmark offline.
 * @throws ToolFileError / CasesFileError naming the file and position of bad input.
 */
export declare function benchmarkSources(tools: SourceText, cases: SourceText, config: PrefilterConfig, coreOverride?: string[], associations?: Associations): BenchmarkOfSources;
/** The embeddings provider a benchmark asks, and where it reports falling back to offline. */
export interface BenchmarkEmbeddings {
    provider: EmbeddingsProvider;
    log?: SemanticLog;
}
/**
 * {@link benchmarkSources} with the embeddings provider the config names, if any: the catalogue and
 * every case's message are embedded (in the provider's batches) before the run, so the figures are
 * those `prefilter filter` gets with the same config. Without a provider (or with a failing one,
 * after one warning) the figures are the offline ones.
 */
export declare function benchmarkSourcesWithEmbeddings(tools: SourceText, cases: SourceText, config: PrefilterConfig, embeddings: BenchmarkEmbeddings | undefined, coreOverride?: string[], associations?: Associations): Promise<BenchmarkOfSources>;
