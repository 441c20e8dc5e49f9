/** Lower and upper bound of a share, each one-sided at the given confidence. */
export interface ShareBounds {
    lower: number;
    upper: number;
}
/**
 * One-sided Wilson bounds of `failures / trials`.
 * @param failures events counted (errors, failed connections)
 * @param trials all attempts; 0 gives the uninformative [0, 1]
 * @param confidence one-sided confidence, e.g. 0.95 (z ≈ 1.645)
 * @returns bounds within [0, 1]
 */
export declare function wilsonBounds(failures: number, trials: number, confidence: number): ShareBounds;
