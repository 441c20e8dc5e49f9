/**
 * The operations of Sentry's API the fake implements, keyed like the GitHub fake's routes by
 * `'METHOD /template'` exactly as in Sentry's description. Requests reach a route already
 * validated, so a route may cast its body to the operation's input.
 */
import { deployShape, issueShape, releaseShape } from './shapes.js'
import { MAX_BUCKETS, searchIssues, seriesBody, windowOf } from './queries.js'
import type { ReleaseRecord, SentryState } from './state.js'

/** What a route receives. */
export interface SentryRouteContext {
  params: Record<string, string>
  query: URLSearchParams
  body: unknown
  state: SentryState
  url: URL
  nowMs: number
}

/** What a route answers; `body` undefined means no body. */
export interface SentryRouteResult {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

/** Thrown by a route to answer an error the way Sentry does: `{ detail }`. */
export class SentryHttpError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
  ) {
    super(detail)
  }
}

const ORG = '/api/0/organizations/{organization_id_or_slug}'

/** Handlers by `'METHOD /template'`. */
export const sentryRoutes: Record<string, (ctx: SentryRouteContext) => SentryRouteResult> = {
  [`POST ${ORG}/releases/`]: createRelease,
  [`POST ${ORG}/releases/{version}/deploys/`]: createDeploy,
  [`GET ${ORG}/events-timeseries/`]: eventsTimeseries,
  [`GET ${ORG}/issues/`]: listIssues,
}

function checkOrg(ctx: SentryRouteContext): void {
  if (ctx.params.organization_id_or_slug !== ctx.state.org) {
    throw new SentryHttpError(404, 'The requested resource does not exist')
  }
}

function createRelease(ctx: SentryRouteContext): SentryRouteResult {
  checkOrg(ctx)
  const body = ctx.body as {
    version: string
    projects: unknown[]
    ref?: string | null
    url?: string | null
    dateReleased?: string | null
    refs?: ReleaseRecord['refs']
  }
  const unknown = body.projects.map(String).filter((p) => !ctx.state.projects.includes(p))
  if (unknown.length > 0)
    throw new SentryHttpError(400, `Invalid project ids or slugs: ${unknown.join(', ')}`)
  // Sentry answers 208 Already Reported, without a body, for a version it has.
  if (ctx.state.releases.has(body.version)) return { status: 208 }
  const release: ReleaseRecord = {
    id: ctx.state.id(),
    version: body.version,
    projects: body.projects.map(String),
    ref: body.ref ?? null,
    url: body.url ?? null,
    dateCreated: new Date(ctx.nowMs).toISOString(),
    dateReleased: body.dateReleased ?? null,
    refs: body.refs ?? [],
    deploys: [],
  }
  ctx.state.releases.set(release.version, release)
  return { status: 201, body: releaseShape(release) }
}

function createDeploy(ctx: SentryRouteContext): SentryRouteResult {
  checkOrg(ctx)
  const release = ctx.state.releases.get(ctx.params.version ?? '')
  if (!release) throw new SentryHttpError(404, 'The requested resource does not exist')
  const body = ctx.body as {
    environment: string
    name?: string | null
    url?: string | null
    dateStarted?: string | null
    dateFinished?: string | null
    projects?: string[]
  }
  const deploy = {
    id: String(ctx.state.id()),
    environment: body.environment,
    name: body.name ?? null,
    url: body.url ?? null,
    dateStarted: body.dateStarted ?? null,
    dateFinished: body.dateFinished ?? new Date(ctx.nowMs).toISOString(),
    projects: body.projects ?? release.projects,
  }
  release.deploys.push(deploy)
  return { status: 201, body: deployShape(deploy) }
}

function eventsTimeseries(ctx: SentryRouteContext): SentryRouteResult {
  checkOrg(ctx)
  const dataset = ctx.query.get('dataset') ?? 'spans'
  const window = windowOf(ctx.query, ctx.nowMs)
  const intervalMs = Number(ctx.query.get('interval') ?? 3600) * 1000
  if (!(intervalMs > 0) || !(window.endMs > window.startMs)) {
    throw new SentryHttpError(400, 'interval and the time window must be positive')
  }
  if ((window.endMs - window.startMs) / intervalMs > MAX_BUCKETS) {
    throw new SentryHttpError(400, 'Your interval and date range would create too many results.')
  }
  const axes = ctx.query.getAll('yAxis')
  const query = ctx.query.get('query') ?? ''
  const timeSeries = (axes.length > 0 ? axes : ['count()']).flatMap((yAxis) => {
    const rule = ctx.state.seriesFor(yAxis, dataset, query)
    return rule?.absent ? [] : [seriesBody(rule, yAxis, window, intervalMs, ctx.nowMs)]
  })
  return {
    status: 200,
    body: { meta: { dataset, start: window.startMs, end: window.endMs }, timeSeries },
  }
}

function listIssues(ctx: SentryRouteContext): SentryRouteResult {
  checkOrg(ctx)
  const found = searchIssues(ctx.state, ctx.query, ctx.nowMs)
  const limit = Math.min(Number(ctx.query.get('limit') ?? 100), 100)
  const offset = Number(/^\d+:(\d+):\d+$/.exec(ctx.query.get('cursor') ?? '')?.[1] ?? 0)
  const page = found.slice(offset, offset + limit)
  const base = `${ctx.url.origin}${ctx.url.pathname}`
  const link = (rel: string, results: boolean, at: number) =>
    `<${base}?cursor=0:${at}:0>; rel="${rel}"; results="${results}"; cursor="0:${at}:0"`
  const headers = {
    link: [
      link('previous', offset > 0, Math.max(offset - limit, 0)),
      link('next', offset + limit < found.length, offset + limit),
    ].join(', '),
  }
  const urlBase = ctx.url.origin
  return { status: 200, body: page.map((i) => issueShape(i, ctx.state.org, urlBase)), headers }
}
