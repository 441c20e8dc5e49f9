/**
 * Several probes per run, started a little apart: one probe is an anecdote (a single dropped
 * packet), a handful spread over a second or two is a sample the monitor can judge.
 */
/** Options of {@link probeMany}. */
export interface ProbeManyOptions {
    /** Delay between the starts of consecutive probes; 200 ms by default. */
    spacingMs?: number;
}
/** More than this in one run is load, not a probe. */
export declare const MAX_PROBES = 50;
/**
 * Runs `n` probes, the i-th started `i * spacingMs` after the first, and returns their results
 * in start order. Probes overlap when one takes longer than the spacing, so a run lasts about
 * `(n - 1) * spacingMs` plus the slowest probe, not the sum of all.
 * @param probe called with the probe's index; should not reject (the probes of this folder never do)
 */
export declare function probeMany<T>(n: number, probe: (index: number) => Promise<T>, options?: ProbeManyOptions): Promise<T[]>;
