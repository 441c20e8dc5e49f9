/**
 * The prefilter's verdict on a pull request: the head's benchmark against its gates, and the
 * comparison with the base branch. Pure: both benchmarks are computed by the caller.
 */
import type { Report } from '../report/types.js';
import type { BenchmarkOfSources } from './benchmark-sources.js';
/**
 * One report for the PR: it fails when the head misses a gate or regresses against the base.
 * @param base the base branch's benchmark, undefined when the base has no registry or cases yet
 * @param baseNote why there is no base figure, shown in the report (e.g. the ref was not fetched)
 */
export declare function pullRequestReport(head: BenchmarkOfSources, base: BenchmarkOfSources | undefined, baseNote?: string): Report;
