/**
 * The fake Sentry for tests: node:http on 127.0.0.1 with in-memory state. Every API request and
 * every answer is checked against Sentry's OpenAPI description (`sentry-openapi-derefed.json`)
 * with the GitHub fake's validator and path matcher; a mismatch is answered 400 (request) or
 * 500 (response) and recorded, so `assertNoViolations()` fails the test. It also takes the
 * SDK's envelopes (`POST /api/{projectId}/envelope/`, not part of the description) and keeps them.
 */
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync } from 'node:zlib'
import { RuleList, type FaultRule, type TamperRule } from '../github-server/faults.js'
import { contractFor, type Exchange } from '../github-server/contract.js'
import type { OpenApiValidator } from '../github-server/openapi-validator.js'
import type { PathMatcher } from '../github-server/path-matcher.js'
import { formatViolations, type Violation, type ViolationKind } from '../github-server/violations.js'
import { parseEnvelope, type Envelope } from './envelope.js'
import { SentryHttpError, sentryRoutes, type SentryRouteResult } from './routes.js'
import { SENTRY_SPEC_PATH } from './spec-path.js'
import { SentryState } from './state.js'

/** Options of {@link startSentryServer}. */
export interface SentryServerOptions {
  specPath?: string
  /** Organization slug; `acme` by default. */
  org?: string
  /** Project slugs of the organization; `['web']` by default. */
  projects?: string[]
  /** The bearer token the server accepts; {@link FAKE_SENTRY_TOKEN} by default. */
  token?: string
  /** The server's clock (bucket completeness, default windows); `Date.now` by default. */
  now?: () => number
}

/** The token the fake accepts unless told otherwise. */
export const FAKE_SENTRY_TOKEN = 'sntrys_fake-token-for-tests-only'

/** One API request as the server saw and answered it (envelopes are in `envelopes`). */
export interface SentryRequestLogEntry {
  method: string
  path: string
  query: URLSearchParams
  template?: string
  body: unknown
  status: number
  injected: boolean
  /** True when the right bearer token was sent (the token itself is never kept). */
  authorized: boolean
}

interface Answer extends SentryRouteResult {
  /** True when a fault rule answered instead of the route. */
  injected?: boolean
}

/** A running fake Sentry. Create it with {@link startSentryServer}. */
export class SentryServer {
  /** Base URL to give the client, e.g. `http://127.0.0.1:43123` (without `/api/0`). */
  url = ''
  readonly state: SentryState
  /** Every API request, in arrival order. */
  readonly requests: SentryRequestLogEntry[] = []
  /** Every mismatch with Sentry's description; a test passes only when this stays empty. */
  readonly violations: Violation[] = []
  /** Every envelope the SDK sent, in arrival order. */
  readonly envelopes: Envelope[] = []
  private readonly faults = new RuleList<FaultRule>()
  private readonly tampers = new RuleList<TamperRule>()
  private readonly http: Server
  private readonly validator: OpenApiValidator
  private readonly matcher: PathMatcher
  private readonly token: string
  private now: () => number

  constructor(options: SentryServerOptions = {}) {
    ;({ validator: this.validator, matcher: this.matcher } = contractFor(
      options.specPath ?? SENTRY_SPEC_PATH,
    ))
    this.state = new SentryState(options.org ?? 'acme', options.projects ?? ['web'])
    this.token = options.token ?? FAKE_SENTRY_TOKEN
    this.now = options.now ?? Date.now
    this.http = createServer((req, res) => void this.handle(req, res))
  }

  /** Listens on an ephemeral port of 127.0.0.1. */
  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.http.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.http.address() as AddressInfo).port}`
    return this
  }

  /** A DSN pointing `@sentry/node` at this server. */
  dsn(projectId = '1', publicKey = 'fakepublickey'): string {
    return `http://${publicKey}@${this.url.replace(/^http:\/\//, '')}/${projectId}`
  }

  /** Moves the server's clock (e.g. to make the last bucket complete). */
  setNow(now: string | number | (() => number)): void {
    this.now = typeof now === 'function' ? now : () => (typeof now === 'number' ? now : Date.parse(now))
  }

  /** Answers the next `times` requests matching the pattern with `status` instead (body `{ detail }`). */
  fail(rule: FaultRule): void {
    this.faults.add(rule)
  }

  /** Test-only: rewrites the body of matching answers before validation (to prove it is checked). */
  tamper(rule: TamperRule): void {
    this.tampers.add(rule)
  }

  /** Items of the received envelopes, optionally of one type (`event`, `check_in`, ...). */
  envelopeItems(type?: string): { type: string; payload: unknown }[] {
    return this.envelopes.flatMap((e) => e.items).filter((i) => type === undefined || i.type === type)
  }

  /** Returns the violations recorded so far and forgets them (for tests that expect some). */
  takeViolations(): Violation[] {
    return this.violations.splice(0, this.violations.length)
  }

  /** Throws listing every violation of Sentry's description, if there is any. */
  assertNoViolations(): void {
    if (this.violations.length === 0) return
    const error = new Error(
      `the Sentry test server saw ${this.violations.length} violation(s) of Sentry's OpenAPI description:\n` +
        formatViolations(this.violations),
    )
    error.name = 'SentryContractViolationError'
    throw error
  }

  /** Stops listening and drops open keep-alive connections. */
  async close(): Promise<void> {
    this.faults.clear()
    this.tampers.clear()
    this.http.closeAllConnections()
    await new Promise<void>((resolve, reject) => this.http.close((e) => (e ? reject(e) : resolve())))
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    let raw = Buffer.concat(chunks)
    if (req.headers['content-encoding'] === 'gzip' && raw.length > 0) raw = gunzipSync(raw)
    const method = (req.method ?? 'GET').toUpperCase()
    const url = new URL(req.url ?? '/', this.url)
    const envelopeProject = /^\/api\/(\d+)\/envelope\/?$/.exec(url.pathname)?.[1]
    if (method === 'POST' && envelopeProject) return send(res, this.envelope(envelopeProject, url, raw))
    const authorized = req.headers.authorization === `Bearer ${this.token}`
    const ex: Exchange = { method, url, rawBody: raw.toString('utf8'), body: undefined }
    const answer = this.answer(ex, req.headers.authorization)
    this.requests.push({
      ...{ method, path: url.pathname, query: url.searchParams, template: ex.template, body: ex.body },
      ...{ status: answer.status, injected: answer.injected === true, authorized },
    })
    send(res, answer)
  }

  private envelope(projectId: string, url: URL, raw: Buffer): Answer {
    const fault = this.faults.take('POST', url.pathname)
    if (fault) return { injected: true, status: fault.status, headers: fault.headers, body: fault.body ?? {} }
    try {
      this.envelopes.push(parseEnvelope(projectId, raw))
    } catch (error) {
      return { status: 400, body: { detail: `invalid envelope: ${String(error)}` } }
    }
    return { status: 200, body: {} }
  }

  /** Parse, match, authenticate, validate the request, then a fault or the route. */
  private answer(ex: Exchange, authorization: string | undefined): Answer {
    try {
      ex.body = ex.rawBody.trim() === '' ? undefined : JSON.parse(ex.rawBody)
    } catch {
      return this.violation(ex, 'request', ['request body is not valid JSON'], 400)
    }
    const match = this.matcher.match(ex.url.pathname)
    ex.template = match?.template
    if (!match) return this.violation(ex, 'unknown-route', ['no path of the description matches'], 400)
    if (!this.validator.hasOperation(match.template, ex.method)) {
      return this.violation(ex, 'unknown-route', [`${ex.method} is not defined for ${match.template}`], 400)
    }
    // Sentry checks credentials before parameters; so does the fake.
    if (!authorization)
      return { status: 401, body: { detail: 'Authentication credentials were not provided.' } }
    if (authorization !== `Bearer ${this.token}`) return { status: 401, body: { detail: 'Invalid token' } }
    const query = ex.url.searchParams
    const request = { ...ex, template: match.template, pathParams: match.params, query }
    const problems = this.validator.validateRequest(request)
    if (problems.length > 0) return this.violation(ex, 'request', problems, 400)
    const fault = this.faults.take(ex.method, ex.url.pathname)
    if (fault) {
      const body = fault.body ?? { detail: STATUS_CODES[fault.status] ?? 'Error' }
      return { injected: true, status: fault.status, headers: fault.headers, body }
    }
    return this.respond(ex, match.template, match.params)
  }

  /** Runs the route, turns a SentryHttpError into `{ detail }`, and validates what goes out. */
  private respond(ex: Exchange, template: string, params: Record<string, string>): Answer {
    const route = sentryRoutes[`${ex.method} ${template}`]
    if (!route) return this.violation(ex, 'unimplemented', ['route not implemented by the fake'], 501)
    let answer: SentryRouteResult
    try {
      const context = { params, query: ex.url.searchParams, body: ex.body ?? {}, url: ex.url }
      answer = route({ ...context, state: this.state, nowMs: this.now() })
    } catch (error) {
      if (!(error instanceof SentryHttpError)) return this.violation(ex, 'server-error', [String(error)], 500)
      answer = { status: error.status, body: { detail: error.detail } }
    }
    const tamper = this.tampers.take(ex.method, ex.url.pathname)
    const sent = tamper ? tamper.mutate(answer.body) : answer.body
    // Validate the wire form: what JSON.stringify drops (undefined) never reaches a client.
    const wire = sent === undefined ? undefined : (JSON.parse(JSON.stringify(sent)) as unknown)
    const problems = this.checkResponse(ex.method, template, answer.status, wire)
    if (problems.length > 0) return this.violation(ex, 'response', problems, 500, answer.status)
    return { ...answer, body: wire }
  }

  /** Records a violation and answers it with `status` and a body listing the problems. */
  private violation(
    ex: Exchange,
    kind: ViolationKind,
    problems: string[],
    status: number,
    sent?: number,
  ): Answer {
    const path = ex.url.pathname + ex.url.search
    this.violations.push({ kind, method: ex.method, path, template: ex.template, status: sent, problems })
    return { status, body: { detail: `launchgate Sentry test server: ${kind} violation`, problems } }
  }

  /**
   * Success answers against the description; error answers must be Sentry's `{ detail }` (the
   * description documents most errors without a body, and has no shared error schema).
   */
  private checkResponse(method: string, template: string, status: number, body: unknown): string[] {
    if (status < 400) return this.validator.validateResponse({ method, template, status, body })
    const detail = (body as { detail?: unknown } | undefined)?.detail
    return typeof detail === 'string' ? [] : ['an error body must be { "detail": string }']
  }
}

function send(res: ServerResponse, answer: Answer): void {
  const headers: Record<string, string> = { ...answer.headers }
  if (answer.body === undefined) {
    res.writeHead(answer.status, headers).end()
    return
  }
  res.writeHead(answer.status, { ...headers, 'content-type': 'application/json' })
  res.end(JSON.stringify(answer.body))
}

/**
 * Starts a fake Sentry on an ephemeral port of 127.0.0.1.
 * @example
 * const sentry = await startSentryServer({ org: 'acme', projects: ['web'] })
 * sentry.state.setSeries({ yAxis: 'count()', points: [{ at: '2026-01-10T17:05:00Z', value: 7 }] })
 * const client = new SentryClient({ baseUrl: sentry.url, token: FAKE_SENTRY_TOKEN, org: 'acme' })
 * // ...
 * sentry.assertNoViolations()
 * await sentry.close()
 */
export async function startSentryServer(options: SentryServerOptions = {}): Promise<SentryServer> {
  return new SentryServer(options).listen()
}
