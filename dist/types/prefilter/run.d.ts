import type { Report } from '../report/types.js';
import type { Runtime } from '../runtime/runtime.js';
import { type BenchmarkEmbeddings, type BenchmarkOfSources } from './benchmark-sources.js';
import { type Associations } from './learn.js';
import type { PrefilterConfig } from './settings.js';
/** What a user asks the benchmark for. */
export interface PrefilterBenchRequest {
    /** The tool registry; the config's `prefilter.tools` when absent. */
    tools?: string;
    /** The labelled cases; the config's `prefilter.cases` when absent. */
    cases?: string;
    /** Core tools instead of the config's. */
    core?: string[];
    /** Compare with this git ref (the pull request's base in an action). */
    base?: string;
    /** Report as a pull request's comparison even without a base (the action's shape). */
    pullRequest: boolean;
}
export interface PrefilterBenchOutcome {
    report: Report;
    head: BenchmarkOfSources;
}
/** A comma-separated list, or undefined when not given. */
export declare function nameList(text: string | undefined): string[] | undefined;
/** Reads the request; the base defaults to the pull request's base commit. */
export declare function prefilterBenchRequest(runtime: Runtime): PrefilterBenchRequest;
/** A file named by the request (relative to the cwd) or by the config (confined to the root). */
export declare function prefilterInput(runtime: Runtime, given: string | undefined, configured: string | undefined, what: string): {
    absolute: string;
    shown: string;
};
export declare function readPrefilterInput(file: {
    absolute: string;
    shown: string;
}, what: string): Promise<string>;
/** The association file the config names (learned from traffic), parsed; undefined when none. */
export declare function readAssociations(runtime: Runtime): Promise<Associations | undefined>;
/**
 * The embeddings provider a config section names, for a benchmark; undefined (after a warning when
 * it is configured but unusable) to measure offline, as `prefilter filter` would then run.
 */
export declare function benchmarkEmbeddings(runtime: Pick<Runtime, 'embeddings' | 'logger'>, config: PrefilterConfig): BenchmarkEmbeddings | undefined;
/** Runs the benchmark, and the base's when asked; with the configured embeddings provider, if any. */
export declare function runPrefilterBench(runtime: Runtime, request: PrefilterBenchRequest): Promise<PrefilterBenchOutcome>;
