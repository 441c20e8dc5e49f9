/**
 * The rule that keeps one bad bucket from rolling back a release: a soft signal FAILs only when its
 * last N judged buckets are all above the threshold and their evidence, taken together, is strong
 * enough (for rates: the Wilson bound of the pooled counts). Buckets that could not be judged (no
 * traffic, an API error) are skipped rather than counted either way, so missing data can neither
 * confirm nor hide a regression.
 */
import type { InconclusiveCause, Observation, Verdict } from './verdict.js';
/** One entry of a signal's series: a judged bucket, or a bucket or query that told nothing. */
export interface SeriesEntry {
    observation: Observation;
    /** Why the entry is unusable; set exactly when `observation.outcome` is `unusable`. */
    cause?: InconclusiveCause;
}
/** The outcome of the consecutive rule over a series. */
export interface SeriesVerdict {
    verdict: Verdict;
    cause?: InconclusiveCause;
    /** The latest judged observation, the one a reason quotes. */
    latest?: Observation;
    /** Judged buckets above the threshold in a row at the end of the series. */
    streak: Observation[];
}
/** Whether a streak of buckets above the threshold is strong enough to act on. */
export type ConfirmStreak = (streak: readonly Observation[]) => boolean;
/**
 * Applies the consecutive rule.
 * @param entries complete buckets and source failures after the deploy, oldest first
 * @param required buckets above the threshold in a row that can make a FAIL (at least 1)
 * @param options `incompleteSeen`: buckets still filling were left out (names the cause when nothing
 *   else is there); `confirm`: the test of the whole streak, by default "every bucket failed"
 */
export declare function judgeSeries(entries: readonly SeriesEntry[], required: number, options?: {
    incompleteSeen?: boolean;
    confirm?: ConfirmStreak;
}): SeriesVerdict;
