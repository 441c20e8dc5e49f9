export interface Knobs {
    /** Milliseconds per second of retry backoff (GitHub, Sentry, HTTP); 1000 when unset. */
    retryBaseMs?: number;
    /** Minimum spacing of GitHub writes in ms; the throttling plugin's default when unset. */
    writeSpacingMs?: number;
    /** How long a GitHub request may take before it counts as lost. */
    githubTimeoutMs?: number;
    /** How long a PR gate comment writer waits for a concurrent job's write before checking its section. */
    commentSettleMs?: number;
    /** Print debug lines on the terminal. */
    debug: boolean;
}
/** Reads the knobs; an empty variable counts as unset. */
export declare function readKnobs(env: NodeJS.ProcessEnv): Knobs;
