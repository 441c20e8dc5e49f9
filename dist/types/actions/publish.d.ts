import type { Report } from '../report/types.js';
import type { HeadCommit } from '../report/gate-links.js';
import type { Runtime } from '../runtime/runtime.js';
export interface PublishOptions {
    /** Folder for report files (`RUNNER_TEMP` by default). */
    outDir?: string;
    /** Write a SARIF file and set the `sarif` output. */
    sarif?: boolean;
    /** Folder of the scanned root inside the workspace; prefixed to paths in annotations and SARIF. */
    rootInWorkspace?: string;
    /**
     * A PR gate capability's summary takes the gate comment's shape (verdict and reasons first,
     * locations linked to this commit); other capabilities write the full report.
     */
    gate?: {
        head?: HeadCommit;
    };
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
/** One gate comment for every capability (the default), or one sticky comment each. */
export type CommentStyle = 'gate' | 'separate';
/** The `comment-style` input; a value that is neither names the input. */
export declare function commentStyle(runtime: Runtime): CommentStyle;
/** The commit the findings were computed at, for links to their lines. */
export declare function headCommit(runtime: Runtime): HeadCommit | undefined;
/**
 * Puts the capability's report on the pull request: its section of the single PR gate comment, or
 * its own sticky comment with `comment-style: separate`. A comment that cannot be posted (a
 * fork's read-only token) is a warning, never the gate's failure.
 */
export declare function publishPullRequestComment(runtime: Runtime, pullNumber: number, report: Report): Promise<void>;
