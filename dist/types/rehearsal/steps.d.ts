/**
 * The rehearsal's steps and their progress lines. A step is a named async function returning a
 * report; the runner times it, prints a line as it starts and ends, and keeps the report.
 */
import type { Report } from '../report/types.js';
export interface StepOutcome {
    name: string;
    ok: boolean;
    /** One line for the progress list. */
    headline: string;
    ms: number;
    report?: Report;
}
/** Where progress goes (stderr in the CLI, so stdout stays the final summary). */
export type ProgressSink = (line: string) => void;
/** Runs one step, printing `-> name` then `ok|FAIL name (time): headline`. */
export declare function runStep(name: string, progress: ProgressSink, body: () => Promise<{
    ok: boolean;
    headline: string;
    report?: Report;
}>, now?: () => number): Promise<StepOutcome>;
/** `850 ms` or `1.2 s`. */
export declare function formatMs(ms: number): string;
