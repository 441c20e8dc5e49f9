/**
 * Time as the deploy sees it. Waiting for a host and polling checks read the clock through this,
 * so tests drive a twenty-minute wait in milliseconds instead of patching timers.
 */
export interface Clock {
    /** Milliseconds since the epoch. */
    now(): number;
    /** Resolves after `ms`. */
    sleep(ms: number): Promise<void>;
}
/** The real clock. */
export declare const systemClock: Clock;
/**
 * A clock whose `sleep` returns at once and moves time forward by the slept amount: a bounded
 * loop over it finishes instantly and reads the same elapsed times as in production.
 */
export declare function steppingClock(start?: number): Clock & {
    advance(ms: number): void;
};
