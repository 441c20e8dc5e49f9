import type { Report } from '../report/types.js';
import type { Forge } from '../ports/forge.js';
import type { Logger } from '../ports/logger.js';
export interface PublishOptions {
    /** Folder for report files (`RUNNER_TEMP` by default). */
    outDir?: string;
    /** Write a SARIF file and set the `sarif` output. */
    sarif?: boolean;
    /** Folder of the scanned root inside the workspace; prefixed to paths in annotations and SARIF. */
    rootInWorkspace?: string;
}
/** Writes summary, annotations, outputs and files; returns the paths it wrote. */
export declare function publishReport(report: Report, options?: PublishOptions): Promise<{
    json: string;
    sarif?: string;
}>;
/**
 * Writes the job summary. Outside a runner that keeps one (a local run, @github/local-action
 * without `GITHUB_STEP_SUMMARY`) there is none to write: said in the debug log, never a failure.
 */
export declare function writeJobSummary(markdown: string): Promise<void>;
/**
 * Posts or updates the capability's sticky comment on a pull request. A comment that cannot be
 * posted (a fork's read-only token) is a warning, never the gate's failure.
 */
export declare function publishPullRequestComment(forge: Forge, pullNumber: number, report: Report, logger: Pick<Logger, 'info' | 'warning'>): Promise<void>;
