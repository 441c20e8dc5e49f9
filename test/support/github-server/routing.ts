/**
 * The contract between the server and its routes: a route is keyed by the OpenAPI operation it
 * implements (`'GET /repos/{owner}/{repo}/issues'`), gets the decoded request and returns a status
 * and a JSON body. Also the helpers every route needs: repository lookup, errors, pagination.
 */
import type { RepoState } from './repo-state.js'
import type { Urls } from './shapes/common.js'
import type { GitHubState } from './state.js'

/** What a route handler receives. */
export interface RouteContext {
  method: string
  /** Decoded path parameters, named as in the template. */
  params: Record<string, string>
  query: URLSearchParams
  /**
   * The parsed JSON body ({} when empty). Already validated against the operation's schema, so
   * a route may cast it to the operation's input type.
   */
  body: unknown
  state: GitHubState
  urls: Urls
  /** Full URL of the request, for pagination links. */
  url: URL
}

/** What a route handler answers; `body` undefined means an empty body (e.g. 204). */
export interface RouteResult {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

export type RouteHandler = (ctx: RouteContext) => RouteResult

/** Handlers by `'METHOD /template'`, the template exactly as in GitHub's description. */
export type RouteTable = Record<string, RouteHandler>

const DOCS = 'https://docs.github.com/rest'

/** One entry of a 422's `errors`, as GitHub's `validation-error` lists them. */
export interface FieldError {
  resource: string
  field?: string
  code: string
  message?: string
}

/** Thrown by a handler to answer an error the way GitHub does (`message`, `documentation_url`). */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** `validation-error` lists field errors; `validation-error-simple` (some endpoints) lists strings. */
    readonly errors?: FieldError[] | string[],
  ) {
    super(message)
  }

  /** The response body GitHub would send. */
  toBody(): Record<string, unknown> {
    const body: Record<string, unknown> = { message: this.message, documentation_url: DOCS }
    if (this.errors) body.errors = this.errors
    body.status = String(this.status)
    return body
  }
}

/** 404 Not Found, GitHub's answer for anything missing or invisible to the token. */
export function notFound(): HttpError {
  return new HttpError(404, 'Not Found')
}

/** 422 Validation Failed with the given field errors. */
export function validationFailed(...errors: FieldError[]): HttpError {
  return new HttpError(422, 'Validation Failed', errors)
}

/** The repository named by `{owner}/{repo}`, or a 404. */
export function repoOf(ctx: RouteContext): RepoState {
  const repo = ctx.state.repo(ctx.params.owner ?? '', ctx.params.repo ?? '')
  if (!repo) throw notFound()
  return repo
}

/** An integer path parameter (the validator already checked it is one). */
export function intParam(ctx: RouteContext, name: string): number {
  return Number(ctx.params[name])
}

/** A JSON answer. */
export function json(status: number, body: unknown, headers?: Record<string, string>): RouteResult {
  return headers ? { status, body, headers } : { status, body }
}

/**
 * One page of `items` per `per_page` (default 30, max 100) and `page`, with the `Link` header
 * GitHub sends (next/last/first/prev) so `octokit.paginate` can walk the pages.
 */
export function paginate<T>(ctx: RouteContext, items: T[]): { page: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Math.max(Number(ctx.query.get('per_page') ?? 30), 1), 100)
  const page = Math.max(Number(ctx.query.get('page') ?? 1), 1)
  const last = Math.max(Math.ceil(items.length / perPage), 1)
  const link = (n: number, rel: string) => {
    const url = new URL(ctx.url.pathname + ctx.url.search, ctx.urls.api)
    url.searchParams.set('page', String(n))
    return `<${url.toString()}>; rel="${rel}"`
  }
  const links: string[] = []
  if (page > 1) links.push(link(page - 1, 'prev'), link(1, 'first'))
  if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
  const headers: Record<string, string> = links.length > 0 ? { link: links.join(', ') } : {}
  return { page: items.slice((page - 1) * perPage, page * perPage), headers }
}

/** A paginated JSON list answer. */
export function listOf<T>(ctx: RouteContext, items: T[], shape: (item: T) => unknown): RouteResult {
  const { page, headers } = paginate(ctx, items)
  return json(200, page.map(shape), headers)
}

/** Newest first when `direction` is `desc` (GitHub's default for most lists), else oldest first. */
export function sortById<T extends { id: number }>(
  items: T[],
  direction: string | null,
  fallback: 'asc' | 'desc',
) {
  const desc = (direction ?? fallback) === 'desc'
  return [...items].sort((a, b) => (desc ? b.id - a.id : a.id - b.id))
}
