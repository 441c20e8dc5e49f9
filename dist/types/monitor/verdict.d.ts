/** What the monitor concludes, per signal and overall. Plain data: rendered by report.ts, stored by callers. */
/** The signals of the plan's rollback triggers; health checks appear as `health.<check>`. */
export type SignalName = 'error-rate' | 'websocket-failures' | 'p95' | 'health' | 'security' | `health.${string}`;
/** Soft signals need consecutive failing buckets; hard ones act on one confirmed run. */
export type SignalKind = 'soft' | 'hard';
export type Verdict = 'PASS' | 'FAIL' | 'INCONCLUSIVE';
/**
 * Why a signal is INCONCLUSIVE. The first five mean the monitor could not see (they count toward
 * the "monitor is blind" rule); the last two mean it saw something not yet strong enough to act on.
 */
export type InconclusiveCause = 'no-data' | 'too-few-samples' | 'source-error' | 'rate-limited' | 'incomplete-bucket' | 'not-significant' | 'awaiting-confirmation';
/** Causes that mean "no usable data", as opposed to "a suspicion not yet confirmed". */
export declare const BLIND_CAUSES: ReadonlySet<InconclusiveCause>;
/** The judgement of one bucket or probe, kept as evidence and for the chart. */
export interface Observation {
    at: number;
    /** The measured value (a share, milliseconds, or 1/0 for a probe's failure). */
    value?: number;
    /** Trials behind the value (requests, attempts, probes). */
    samples: number;
    /** Failed trials, for rates: kept so a streak of buckets can be judged on its pooled counts. */
    failures?: number;
    outcome: 'pass' | 'fail' | 'suspect' | 'unusable';
}
/** The verdict of one signal with the evidence a reader of a rollback PR needs. */
export interface SignalVerdict {
    signal: SignalName;
    kind: SignalKind;
    verdict: Verdict;
    /** Set when the verdict is INCONCLUSIVE. */
    cause?: InconclusiveCause;
    /** The latest judged value: a share for rates, milliseconds for P95, failing probes for health. */
    value?: number;
    threshold: number;
    /** Trials behind the latest judged value. */
    samples: number;
    /** One sentence, e.g. "error rate 9.1% (≥ 6.2% at 95% confidence) > 5% in 2 consecutive buckets". */
    reason: string;
    /** Every bucket or probe considered, oldest first. */
    observations: Observation[];
}
export type Decision = 'healthy' | 'rollback' | 'inconclusive';
/** Why a rollback: one line per failing signal. */
export interface RollbackTrigger {
    signal: SignalName;
    reason: string;
}
/** The outcome of one evaluation. */
export interface MonitorDecision {
    decision: Decision;
    triggers: RollbackTrigger[];
    signals: SignalVerdict[];
}
/** A share as a percentage with one decimal, e.g. 0.0912 -> "9.1%". */
export { pct as percent } from '../util/percent.js';
