/**
 * The UI comparison in the shared report: a table with the three images of each page, and a
 * HIGH finding for each page over its threshold (a person looks at the diff and accepts it by
 * masking the region or raising the threshold), MEDIUM when it could not run.
 */
import type { Finding, ReportSection } from '../../../report/types.js';
import type { VisualResult } from './run.js';
/** Findings of the comparison; empty when every page is within its threshold. */
export declare function visualFindings(results: readonly VisualResult[]): Finding[];
/** One row per page: verdict, difference, and the files to open. */
export declare function visualSection(results: readonly VisualResult[]): ReportSection | undefined;
