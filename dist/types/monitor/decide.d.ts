import { type Sample, type SampleSource } from './samples.js';
import type { Thresholds } from './thresholds.js';
import type { MonitorDecision, SignalVerdict } from './verdict.js';
/** What a run knows: the deploy, the clock, what it observed and what it judges against. */
export interface DecisionInput {
    /** When the release went live (epoch ms); samples before it describe the previous release. */
    deployedAt: number;
    /** The run's clock (epoch ms); samples after it are ignored. */
    now: number;
    samples: readonly Sample[];
    thresholds: Thresholds;
    /**
     * The sources this run watches. A watched source without samples is INCONCLUSIVE (no data);
     * by default, the sources that appear in `samples`.
     */
    sources?: readonly SampleSource[];
}
/** Every signal of the watched sources, in the plan's order. */
export declare function judgeSignals(input: DecisionInput): SignalVerdict[];
/** Combines signal verdicts: any FAIL rolls back; otherwise any INCONCLUSIVE leaves it open. */
export declare function combine(signals: SignalVerdict[]): MonitorDecision;
/**
 * Decides one run.
 * @returns the decision, the triggers of a rollback (empty otherwise) and every signal's verdict
 */
export declare function decide(input: DecisionInput): MonitorDecision;
