import type { Report } from '../report/types.js';
import { type Thresholds } from './thresholds.js';
import type { Decision, MonitorDecision } from './verdict.js';
export interface ReplayRun {
    result: MonitorDecision;
    report: Report;
    exitCode: number;
}
/** Exit codes of the monitor: 0 healthy, 1 rollback, 3 inconclusive (2 is a bad input, raised as an error). */
export declare function exitCodeOf(decision: Decision): number;
/**
 * Judges a replay file.
 * @param text the replay file's content
 * @param file its name, for messages
 * @param base thresholds before the file's own (the plan's, or the config file's)
 * @param options `charts` draws the window as mermaid charts (markdown output)
 * @throws ReplayFileError for a file that is not valid JSON or not a valid replay
 */
export declare function judgeReplay(text: string, file: string, base: Thresholds, options?: {
    charts?: boolean;
}): ReplayRun;
