import type { SentryClient } from '../../sentry/client.js';
import type { TimeseriesBucket } from '../../sentry/types.js';
import type { SignalSource, SourceReading, WatchedDeployment } from '../ports.js';
import type { HttpBucket, SourceFailure } from '../samples.js';
/** The aggregates of one query: traffic, the share that failed, and the latency percentile. */
export declare const HTTP_AXES: {
    readonly count: "count()";
    readonly failureRate: "failure_rate()";
    readonly p95: "p95(span.duration)";
};
/** Options of {@link SentrySource}. */
export interface SentrySourceOptions {
    /** Bucket size; the plan's 5 minutes by default. */
    intervalMinutes?: number;
    environment?: string;
    /** The Sentry release of a deployed sha (the deploy creates it); the sha itself by default. */
    release?: (sha: string) => string;
    /** For links in the evidence: the region's base URL and the organization. */
    links?: {
        baseUrl: string;
        org: string;
    };
}
/** The failure sample of a source that could not be read. */
export declare function sourceFailure(signal: SourceFailure['signal'], at: number, error: unknown): SourceFailure;
/**
 * Joins the three series into buckets. `errors` is the failure rate times the count, rounded: the
 * failed transactions of the bucket. A bucket whose count is missing has no traffic.
 */
export declare function httpBuckets(axes: Record<string, TimeseriesBucket[]>, intervalMs: number): HttpBucket[];
/** {@link SignalSource} `http` over Sentry. */
export declare class SentrySource implements SignalSource {
    private readonly client;
    private readonly options;
    readonly source: "http";
    private readonly intervalMs;
    constructor(client: SentryClient, options?: SentrySourceOptions);
    read(deployment: WatchedDeployment, now: number): Promise<SourceReading>;
    private buckets;
    /** Issues first seen in the release: not a trigger on their own, but the first thing to read. */
    private newIssues;
    private releaseLink;
}
