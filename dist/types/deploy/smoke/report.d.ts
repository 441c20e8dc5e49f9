/**
 * Smoke results in the shared report model: the table and findings the deploy report embeds,
 * and the whole report of `launchgate smoke`. A test that could not run is never shown as a pass.
 */
import type { Finding, Report, ReportSection, ReportTable } from '../../report/types.js';
import type { LatencyVerdict, SmokeResult } from '../types.js';
import type { VisualResult } from './visual/run.js';
/** `pass`, `FAIL` or `NOT RUN`. */
export declare function smokeMark(result: SmokeResult): string;
/** One row per test, in the config's order. */
export declare function smokeTable(results: readonly SmokeResult[]): ReportTable;
/**
 * A failing test is CRITICAL (the release is broken); a test that could not run but is not
 * required is MEDIUM, so the report says loudly that a check was missing.
 */
export declare function smokeFindings(results: readonly SmokeResult[]): Finding[];
/** `4 smoke test(s) passed` and, when some could not run, `, 1 not run`: a missing check is never counted as a pass. */
export declare function smokeCount(results: readonly SmokeResult[]): string;
/**
 * The screenshots of the browser tests: files in `smoke.artifacts-dir`, which the workflow
 * uploads as the run's artifact (the job summary cannot embed a local file).
 */
export declare function screenshotSection(results: readonly SmokeResult[]): ReportSection | undefined;
/** The P95 line of the smoke section. */
export declare function latencyLine(latency: LatencyVerdict | undefined): string;
/** The report of `launchgate smoke`: every test against one URL, no deploy around it. */
export declare function smokeReport(baseUrl: string, results: readonly SmokeResult[], latency: LatencyVerdict, visual?: readonly VisualResult[]): Report;
