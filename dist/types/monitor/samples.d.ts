/**
 * What the monitor observes, as plain data. Times are epoch milliseconds so decisions stay pure
 * arithmetic; adapters and the replay file convert from ISO strings at the edge.
 */
/** Where samples come from: each is one adapter in the live monitor and one `signal` in a replay file. */
export type SampleSource = 'http' | 'websocket' | 'health' | 'security-alert';
export declare const SAMPLE_SOURCES: readonly SampleSource[];
/**
 * A time bucket of HTTP traffic of the deployed release (Sentry `events-timeseries`). `at` is the
 * bucket's start, so "starts after the deploy" means every request in it hit the new release.
 */
export interface HttpBucket {
    signal: 'http';
    at: number;
    /** End of the bucket when known; a bucket that ends after `now` is still filling. */
    end?: number;
    /** False when the source says the bucket is partial (ingestion lag, still open). */
    complete?: boolean;
    requests: number;
    errors: number;
    p95Ms?: number;
}
/** A time bucket of WebSocket connection attempts (app metrics or the monitor's own probes). */
export interface WebSocketBucket {
    signal: 'websocket';
    at: number;
    end?: number;
    complete?: boolean;
    attempts: number;
    failures: number;
}
/** State of one named check of the health endpoint, e.g. `database`. */
export type CheckState = 'pass' | 'fail' | 'warn';
/** One probe of the app's health endpoint. A refused connection or a timeout is `ok: false`. */
export interface HealthProbe {
    signal: 'health';
    at: number;
    ok: boolean;
    status?: number;
    latencyMs?: number;
    checks?: Record<string, CheckState>;
    /**
     * Which burst of the run the probe belongs to: 0 the run's probes, 1 the retried burst that
     * confirms probes that got no answer. Probes of one burst share `at`.
     */
    burst?: number;
}
export type AlertSeverity = 'critical' | 'high' | 'medium' | 'low';
/** A Dependabot or code scanning alert, `at` being when it was opened. */
export interface SecurityAlert {
    signal: 'security-alert';
    at: number;
    severity: AlertSeverity;
    summary: string;
    url?: string;
}
/**
 * A source that could not be read at `at`: an API error, a 429, a timeout of the query itself.
 * It is recorded rather than dropped so a verdict can say why it knows nothing.
 */
export interface SourceFailure {
    signal: SampleSource;
    at: number;
    error: {
        status?: number;
        message: string;
    };
}
/** Anything a decision reads. */
export type Sample = HttpBucket | WebSocketBucket | HealthProbe | SecurityAlert | SourceFailure;
/** True for a recorded failure to read a source. */
export declare function isSourceFailure(sample: Sample): sample is SourceFailure;
/** True for a 429 or any status the source uses to say "slow down". */
export declare function isRateLimited(failure: SourceFailure): boolean;
/** A bucket is usable only once closed: a half-filled bucket understates traffic and overstates noise. */
export declare function isComplete(bucket: HttpBucket | WebSocketBucket, now: number): boolean;
/**
 * The samples a decision may use: at or after the deploy (older ones describe the previous release)
 * and not after `now` (a skewed clock must not let the future vote), in time order.
 */
export declare function samplesInWindow<T extends Sample>(samples: readonly T[], deployedAt: number, now: number): T[];
/** Samples of one source, narrowed to their type. */
export declare function samplesOf<S extends SampleSource>(samples: readonly Sample[], source: S): Array<Extract<Sample, {
    signal: S;
}> | SourceFailure>;
