/**
 * Shapes of the Sentry API as launchgate uses them: the parameters of the four operations it
 * calls and the parts of their answers it reads, named as in Sentry's OpenAPI description
 * (`sentry-openapi-derefed.json`). Fields launchgate never reads are left out on purpose.
 */
/** A commit reference of a release, one per repository (`refs` of createOrganizationRelease). */
export interface ReleaseRef {
    /** `owner/name` of the repository as connected in Sentry. */
    repository: string;
    commit: string;
    previousCommit?: string;
}
/** Input of `SentryClient.createRelease`. */
export interface NewRelease {
    /** The release identifier; launchgate uses the deployed commit SHA. */
    version: string;
    /** Project slugs the release belongs to. */
    projects: string[];
    refs?: ReleaseRef[];
    /** Link to the release, e.g. the GitHub commit or deployment. */
    url?: string;
    /** When the release went live; Sentry uses "now" when absent. */
    dateReleased?: string;
}
/** A release as created, or as already known to Sentry (208 Already Reported carries no body). */
export interface SentryRelease {
    version: string;
    /** False when Sentry already had this release (HTTP 208): creating it again is a no-op. */
    created: boolean;
    id?: number;
    dateCreated?: string | null;
    dateReleased?: string | null;
}
/** Input of `SentryClient.createDeploy` (the deploy marker of a release). */
export interface NewDeploy {
    environment: string;
    name?: string;
    url?: string;
    dateStarted?: string;
    dateFinished?: string;
}
/** A deploy marker as Sentry answers it. */
export interface SentryDeploy {
    id: string;
    environment: string;
    name: string | null;
    url: string | null;
    dateStarted: string | null;
    dateFinished: string;
}
/** The datasets `events-timeseries` accepts (its `dataset` enum). */
export type TimeseriesDataset = 'errors' | 'logs' | 'profile_functions' | 'spans' | 'tracemetrics' | 'uptime_results';
/** Input of `SentryClient.eventsTimeseries`. */
export interface TimeseriesQuery {
    dataset: TimeseriesDataset;
    /** Aggregates, one series each: `count()`, `failure_rate()`, `p95(span.duration)`, ... */
    yAxis: string[];
    /** Sentry search syntax, e.g. `release:abc123 is_transaction:true`. */
    query: string;
    /** Bucket size: seconds as a number, or a duration such as `5m`, `1h`. */
    interval: number | string;
    start: string | Date;
    end: string | Date;
    environment?: string | string[];
}
/** One time bucket of a series. */
export interface TimeseriesBucket {
    /** Bucket start, ISO 8601. */
    start: string;
    /** Bucket end (start + interval), ISO 8601. */
    end: string;
    /** Bucket start in epoch milliseconds, as Sentry sends it. */
    startMs: number;
    /** Null when the aggregate has no value (a percentile of zero events): no data, not zero. */
    value: number | null;
    /**
     * True when Sentry says so, or when the bucket's interval had not ended at query time: a
     * partial bucket undercounts, so it must not be judged like a full one.
     */
    incomplete: boolean;
    /** Events the value was computed from, when Sentry reports it (sampled datasets). */
    sampleCount?: number;
    confidence?: 'low' | 'high' | null;
}
/** One series of an `events-timeseries` answer. */
export interface TimeseriesSeries {
    yAxis: string;
    /** Group of a top-events query; absent for a plain query. */
    groupBy?: {
        key: string;
        value: unknown;
    }[];
    valueType?: string;
    valueUnit?: string | null;
    buckets: TimeseriesBucket[];
}
/** The answer of `SentryClient.eventsTimeseries`. */
export interface EventsTimeseries {
    dataset: string;
    /** The bucket size that was asked for, in milliseconds. */
    intervalMs: number;
    series: TimeseriesSeries[];
    /** The ungrouped series of each requested yAxis; an axis Sentry returned nothing for maps to []. */
    byYAxis: Record<string, TimeseriesBucket[]>;
}
/** Input of `SentryClient.listIssues`: a relative period or an absolute window. */
export type IssueQuery = {
    /** Sentry search syntax, e.g. `is:unresolved firstRelease:abc123`. */
    query: string;
    environment?: string | string[];
    /** `date` (last seen), `new` (first seen), `freq`, ...; Sentry's default is `date`. */
    sort?: 'date' | 'freq' | 'inbox' | 'new' | 'recommended' | 'trends' | 'user';
    /** Page size, at most 100; the client follows pages up to `maxPages`. */
    limit?: number;
    /** Pages to follow at most; 5 by default. */
    maxPages?: number;
} & ({
    statsPeriod: string;
    start?: never;
    end?: never;
} | {
    statsPeriod?: never;
    start: string | Date;
    end: string | Date;
});
/** The parts of an issue (a group of events) launchgate reads. */
export interface SentryIssue {
    id: string;
    shortId: string;
    title: string;
    culprit: string | null;
    permalink: string;
    level: string;
    status: string;
    substatus?: string | null;
    priority?: 'low' | 'medium' | 'high' | null;
    isUnhandled: boolean;
    /** Events in the issue, as a decimal string (Sentry sends it so). */
    count: string;
    userCount: number;
    firstSeen: string | null;
    lastSeen: string | null;
    project: {
        id: string;
        slug: string;
        name: string;
    };
}
