/**
 * The "monitor is blind" rule. A signal that has had no usable data for several runs in a row is
 * a problem of the monitor (a revoked token, a renamed release, a quota), not of the release: the
 * answer is an issue for a person, never a rollback.
 */
import { type Decision, type InconclusiveCause, type MonitorDecision, type SignalName } from './verdict.js';
/** What is kept of a past run: enough to tell "could not see" from "saw something". */
export interface RunRecord {
    at: number;
    decision: Decision;
    signals: Array<{
        signal: SignalName;
        verdict: 'PASS' | 'FAIL' | 'INCONCLUSIVE';
        cause?: InconclusiveCause;
    }>;
}
export interface BlindStatus {
    /** Open (or keep open) the "monitor is blind" issue. */
    blind: boolean;
    /** Signals without usable data in each of the last runs, with the cause of the latest run. */
    signals: Array<{
        signal: SignalName;
        runs: number;
        cause: InconclusiveCause;
    }>;
    reason: string;
}
/** The record of a run, for the history the next run is given. */
export declare function runRecord(at: number, decision: MonitorDecision): RunRecord;
/**
 * Applies the rule to the history of runs.
 * @param history past runs and the current one, oldest first
 * @param afterRuns runs in a row without data that make a signal blind
 */
export declare function blindStatus(history: readonly RunRecord[], afterRuns: number): BlindStatus;
