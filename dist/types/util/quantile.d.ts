/**
 * The q-quantile (0..1) by the nearest-rank method: the smallest sample at or above a share q of
 * them. With few samples it is the largest, the honest answer for a budget check. Undefined for
 * no samples, so a caller says what "no data" means.
 */
export declare function nearestRank(values: readonly number[], q: number): number | undefined;
