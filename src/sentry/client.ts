/**
 * Sentry's public REST API, the four operations launchgate needs: create a release and its
 * deploy marker (deploy), read error and transaction time series and new issues (monitor).
 * Parameters follow Sentry's OpenAPI description; the token is sent as a bearer token and never
 * appears in a message (see `src/http/redact.ts`).
 */
import type { AxiosInstance } from 'axios'
import { MissingSecretError } from '../errors.js'
import { createHttpClient, httpCall, httpResponse, type HttpLog, type HttpSettings } from '../http/client.js'
import { nextCursor } from './pagination.js'
import { intervalSeconds, isoDate, toEventsTimeseries, type RawTimeseriesResponse } from './timeseries.js'
import type {
  EventsTimeseries,
  IssueQuery,
  NewDeploy,
  NewRelease,
  SentryDeploy,
  SentryIssue,
  SentryRelease,
  TimeseriesQuery,
} from './types.js'

/** Sentry's US region; EU organizations use `https://de.sentry.io`, self-hosted their own URL. */
export const DEFAULT_SENTRY_URL = 'https://sentry.io'

/** Options of {@link SentryClient}. */
export interface SentryClientOptions {
  /** Region or self-hosted base URL, without `/api/0`; {@link DEFAULT_SENTRY_URL} by default. */
  baseUrl?: string
  /** An internal integration's token (scopes: project:releases, org:read, event:read). */
  token: string | undefined
  /** Organization slug. */
  org: string
  /** Project slug; when set, queries are limited to it. */
  project?: string
  log?: HttpLog
  /** Per-attempt timeout, retries and first backoff step (see `createHttpClient`). */
  timeoutMs?: number
  retries?: number
  retryBaseMs?: number
  /** The clock, for deciding whether the last bucket is complete; `Date.now` by default. */
  now?: () => number
}

/** Where a client points and who it is: what a caller knows from its config and secrets. */
export type SentryTarget = Pick<SentryClientOptions, 'baseUrl' | 'org' | 'project'> & { token?: string }
/**
 * Builds a client for a target with the run's HTTP settings (logger, retry backoff): the
 * runtime's `sentry()`, so no capability decides those itself.
 */
export type SentryConnect = (target: SentryTarget) => SentryClient

/** The one way launchgate builds its Sentry clients: every target with the same HTTP settings. */
export function connectSentry(http: HttpSettings = {}): SentryConnect {
  return (target) => new SentryClient({ ...http, ...target, token: target.token })
}

const SERVICE = 'Sentry'
const TOKEN_PURPOSE =
  'the Sentry API needs an internal integration token (scopes project:releases, org:read, event:read)'

/** A client of Sentry's API for one organization (and optionally one project). */
export class SentryClient {
  private readonly http: AxiosInstance
  private readonly org: string
  private readonly project?: string
  private readonly now: () => number

  /** @throws MissingSecretError when the token is empty */
  constructor(options: SentryClientOptions) {
    if (!options.token?.trim()) throw new MissingSecretError('SENTRY_AUTH_TOKEN', TOKEN_PURPOSE)
    this.org = options.org
    this.project = options.project
    this.now = options.now ?? Date.now
    this.http = createHttpClient({
      service: SERVICE,
      baseURL: `${(options.baseUrl ?? DEFAULT_SENTRY_URL).replace(/\/+$/, '')}/api/0`,
      headers: { authorization: `Bearer ${options.token.trim()}`, 'content-type': 'application/json' },
      timeoutMs: options.timeoutMs,
      retries: options.retries,
      retryBaseMs: options.retryBaseMs,
      log: options.log,
    })
  }

  /**
   * Creates a release (POST /api/0/organizations/{org}/releases/). Creating one that exists is
   * not an error: Sentry answers 208 and the result says `created: false`, which is also why
   * the POST may be retried.
   */
  async createRelease(release: NewRelease): Promise<SentryRelease> {
    const body = definedOnly({ ...release })
    const response = await httpResponse<Partial<SentryRelease> | ''>(
      SERVICE,
      `create release ${release.version}`,
      () => this.http.post(`${this.orgPath()}/releases/`, body, { retryable: true }),
    )
    const data = typeof response.data === 'object' && response.data !== null ? response.data : {}
    return {
      version: release.version,
      created: response.status === 201,
      ...definedOnly({ id: data.id, dateCreated: data.dateCreated, dateReleased: data.dateReleased }),
    }
  }

  /**
   * Records a deploy of a release to an environment (POST .../releases/{version}/deploys/).
   * Retried like a GET: a duplicate marker after a lost answer is harmless, a missing one is not.
   */
  async createDeploy(version: string, deploy: NewDeploy): Promise<SentryDeploy> {
    const body = definedOnly({ ...deploy, projects: this.project ? [this.project] : undefined })
    return httpCall(SERVICE, `create deploy of ${version} to ${deploy.environment}`, () =>
      this.http.post<SentryDeploy>(
        `${this.orgPath()}/releases/${encodeURIComponent(version)}/deploys/`,
        body,
        { retryable: true },
      ),
    )
  }

  /**
   * Time series of aggregates (GET /api/0/organizations/{org}/events-timeseries/), one series
   * per yAxis, as buckets that say whether they are complete.
   */
  async eventsTimeseries(query: TimeseriesQuery): Promise<EventsTimeseries> {
    const seconds = intervalSeconds(query.interval)
    const params = new URLSearchParams({
      dataset: query.dataset,
      query: query.query,
      interval: String(seconds),
    })
    params.set('start', isoDate(query.start))
    params.set('end', isoDate(query.end))
    for (const axis of query.yAxis) params.append('yAxis', axis)
    this.appendScope(params, query.environment)
    const raw = await httpCall(SERVICE, `events-timeseries ${query.yAxis.join(', ')}`, () =>
      this.http.get<RawTimeseriesResponse>(`${this.orgPath()}/events-timeseries/`, { params }),
    )
    return toEventsTimeseries(raw, {
      dataset: query.dataset,
      yAxis: query.yAxis,
      intervalMs: seconds * 1000,
      nowMs: this.now(),
    })
  }

  /**
   * Issues matching a search (GET /api/0/organizations/{org}/issues/), following Sentry's
   * cursor pagination up to `maxPages` pages.
   */
  async listIssues(query: IssueQuery): Promise<SentryIssue[]> {
    const params = new URLSearchParams({ query: query.query })
    if (query.statsPeriod !== undefined) params.set('statsPeriod', query.statsPeriod)
    if (query.start !== undefined) params.set('start', isoDate(query.start))
    if (query.end !== undefined) params.set('end', isoDate(query.end))
    if (query.sort) params.set('sort', query.sort)
    params.set('limit', String(Math.min(Math.max(query.limit ?? 100, 1), 100)))
    this.appendScope(params, query.environment)
    const issues: SentryIssue[] = []
    const maxPages = query.maxPages ?? 5
    for (let page = 0; page < maxPages; page++) {
      const response = await httpResponse(SERVICE, `list issues "${query.query}"`, () =>
        this.http.get<SentryIssue[]>(`${this.orgPath()}/issues/`, { params }),
      )
      issues.push(...response.data)
      const cursor = nextCursor(response.headers.link)
      if (!cursor) break
      params.set('cursor', cursor)
    }
    return issues
  }

  private orgPath(): string {
    return `/organizations/${encodeURIComponent(this.org)}`
  }

  /** Environment filter (repeated key) and the project, when the client is scoped to one. */
  private appendScope(params: URLSearchParams, environment: string | string[] | undefined): void {
    for (const env of environment === undefined ? [] : [environment].flat()) params.append('environment', env)
    if (this.project) params.append('project', this.project)
  }
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}
