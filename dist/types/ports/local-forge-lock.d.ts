import { UserError } from '../errors.js';
/** Timing of {@link withFileLock}. */
export interface FileLockOptions {
    /** Give up waiting after this long; 10 s by default. */
    timeoutMs?: number;
    /** A lock older than this is considered abandoned; 30 s by default (critical sections take ms). */
    staleMs?: number;
}
/** The lock stayed busy past the timeout. */
export declare class LockTimeoutError extends UserError {
    readonly name: string;
    readonly lockPath: string;
    constructor(lockPath: string, timeoutMs: number);
}
/** Runs `fn` while holding the lock file `lockPath`; always releases it, even when `fn` throws. */
export declare function withFileLock<T>(lockPath: string, fn: () => Promise<T>, options?: FileLockOptions): Promise<T>;
