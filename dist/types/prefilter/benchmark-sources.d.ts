/**
 * The benchmark of one repository state, from the texts of its tool registry and cases and its
 * prefilter config: shared by the CLI (files on disk) and the PR action (head on disk, base read
 * from git), so both sides of a comparison are measured the same way.
 */
import type { LaunchgateConfig } from '../config/schema.js';
import { type BenchmarkRun } from './bench.js';
import { ToolPrefilter } from './prefilter.js';
import type { Associations } from './learn.js';
import type { Report } from '../report/types.js';
type PrefilterConfig = LaunchgateConfig['prefilter'];
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
 * Parses the registry and cases, builds the prefilter from config and runs the benchmark.
 * @throws ToolFileError / CasesFileError naming the file and position of bad input.
 */
export declare function benchmarkSources(tools: SourceText, cases: SourceText, config: PrefilterConfig, coreOverride?: string[], associations?: Associations): BenchmarkOfSources;
export {};
