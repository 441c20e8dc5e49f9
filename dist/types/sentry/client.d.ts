import { type HttpLog, type HttpSettings } from '../http/client.js';
import type { EventsTimeseries, IssueQuery, NewDeploy, NewRelease, SentryDeploy, SentryIssue, SentryRelease, TimeseriesQuery } from './types.js';
/** Sentry's US region; EU organizations use `https://de.sentry.io`, self-hosted their own URL. */
export declare const DEFAULT_SENTRY_URL = "https://sentry.io";
/** Options of {@link SentryClient}. */
export interface SentryClientOptions {
    /** Region or self-hosted base URL, without `/api/0`; {@link DEFAULT_SENTRY_URL} by default. */
    baseUrl?: string;
    /** An internal integration's token (scopes: project:releases, org:read, event:read). */
    token: string | undefined;
    /** Organization slug. */
    org: string;
    /** Project slug; when set, queries are limited to it. */
    project?: string;
    log?: HttpLog;
    /** Per-attempt timeout, retries and first backoff step (see `createHttpClient`). */
    timeoutMs?: number;
    retries?: number;
    retryBaseMs?: number;
    /** The clock, for deciding whether the last bucket is complete; `Date.now` by default. */
    now?: () => number;
}
/** Where a client points and who it is: what a caller knows from its config and secrets. */
export type SentryTarget = Pick<SentryClientOptions, 'baseUrl' | 'org' | 'project'> & {
    token?: string;
};
/**
 * Builds a client for a target with the run's HTTP settings (logger, retry backoff): the
 * runtime's `sentry()`, so no capability decides those itself.
 */
export type SentryConnect = (target: SentryTarget) => SentryClient;
/** The one way launchgate builds its Sentry clients: every target with the same HTTP settings. */
export declare function connectSentry(http?: HttpSettings): SentryConnect;
/** A client of Sentry's API for one organization (and optionally one project). */
export declare class SentryClient {
    private readonly http;
    private readonly org;
    private readonly project?;
    private readonly now;
    /** @throws MissingSecretError when the token is empty */
    constructor(options: SentryClientOptions);
    /**
     * Creates a release (POST /api/0/organizations/{org}/releases/). Creating one that exists is
     * not an error: Sentry answers 208 and the result says `created: false`, which is also why
     * the POST may be retried.
     */
    createRelease(release: NewRelease): Promise<SentryRelease>;
    /**
     * Records a deploy of a release to an environment (POST .../releases/{version}/deploys/).
     * Retried like a GET: a duplicate marker after a lost answer is harmless, a missing one is not.
     */
    createDeploy(version: string, deploy: NewDeploy): Promise<SentryDeploy>;
    /**
     * Time series of aggregates (GET /api/0/organizations/{org}/events-timeseries/), one series
     * per yAxis, as buckets that say whether they are complete.
     */
    eventsTimeseries(query: TimeseriesQuery): Promise<EventsTimeseries>;
    /**
     * Issues matching a search (GET /api/0/organizations/{org}/issues/), following Sentry's
     * cursor pagination up to `maxPages` pages.
     */
    listIssues(query: IssueQuery): Promise<SentryIssue[]>;
    private orgPath;
    /** Environment filter (repeated key) and the project, when the client is scoped to one. */
    private appendScope;
}
