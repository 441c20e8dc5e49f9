/**
 * The fake GitHub REST API for tests: node:http on 127.0.0.1, in-memory state, and every request
 * and response checked against GitHub's OpenAPI description. A mismatch is answered 400 (request)
 * or 500 (response) and recorded, so `assertNoViolations()` fails the test loudly.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  faultBody,
  RuleList,
  SECONDARY_RATE_LIMIT_MESSAGE,
  type FaultRule,
  type RequestPattern,
  type TamperRule,
} from './faults.js'
import { contractFor, type Exchange } from './contract.js'
import type { OpenApiValidator } from './openapi-validator.js'
import type { PathMatcher } from './path-matcher.js'
import { routes } from './routes/index.js'
import { HttpError, type RouteResult } from './routing.js'
import { DEFAULT_SPEC_PATH } from './spec.js'
import { GitHubState } from './state.js'
import { ContractViolationError, type Violation, type ViolationKind } from './violations.js'

/** Options of {@link startGitHubServer}. */
export interface GitHubServerOptions {
  /** GitHub's OpenAPI description; the shared copy next to the repository by default. */
  specPath?: string
  /** Login of the token's user; `launchgate-bot` by default. */
  viewer?: string
}

/** One request as the server saw and answered it. */
export interface RequestLogEntry {
  method: string
  /** Path without query. */
  path: string
  query: string
  template?: string
  /** Parsed JSON body, undefined when empty. */
  body: unknown
  status: number
  /** True when a fault rule answered instead of the route. */
  injected: boolean
}

interface Answer extends RouteResult {
  /** True when a fault rule answered instead of the route. */
  injected?: boolean
}

/** A running fake GitHub. Create it with {@link startGitHubServer}. */
export class GitHubServer {
  /** Base URL to give the client, e.g. `http://127.0.0.1:43123`. */
  url = ''
  readonly state: GitHubState
  /** Every request, in arrival order. */
  readonly requests: RequestLogEntry[] = []
  /** Every mismatch with GitHub's description; a test passes only when this stays empty. */
  readonly violations: Violation[] = []
  private readonly faults = new RuleList<FaultRule>()
  private readonly tampers = new RuleList<TamperRule>()
  private readonly http: Server
  private readonly validator: OpenApiValidator
  private readonly matcher: PathMatcher

  constructor(options: GitHubServerOptions = {}) {
    ;({ validator: this.validator, matcher: this.matcher } = contractFor(
      options.specPath ?? DEFAULT_SPEC_PATH,
    ))
    this.state = new GitHubState(options.viewer)
    this.http = createServer((req, res) => void this.handle(req, res))
  }

  /** Listens on an ephemeral port of 127.0.0.1. */
  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.http.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.http.address() as AddressInfo).port}`
    return this
  }

  /** Answers the next `times` requests matching the pattern with `status` (e.g. 502) instead. */
  fail(rule: FaultRule): void {
    this.faults.add(rule)
  }

  /** Answers matching requests with GitHub's secondary rate limit: 403, `retry-after`, the message. */
  failWithSecondaryRateLimit(pattern: RequestPattern & { retryAfterSeconds?: number }): void {
    const headers = { 'retry-after': String(pattern.retryAfterSeconds ?? 1), 'x-ratelimit-remaining': '4000' }
    const body = { message: SECONDARY_RATE_LIMIT_MESSAGE, documentation_url: 'https://docs.github.com/rest' }
    this.faults.add({ ...pattern, status: 403, headers, body })
  }

  /** Test-only: rewrites the body of matching responses before validation (to prove it is checked). */
  tamper(rule: TamperRule): void {
    this.tampers.add(rule)
  }

  /** Returns the violations recorded so far and forgets them (for tests that expect some). */
  takeViolations(): Violation[] {
    return this.violations.splice(0, this.violations.length)
  }

  /** Throws a {@link ContractViolationError} listing every violation, if there is any. */
  assertNoViolations(): void {
    if (this.violations.length > 0) throw new ContractViolationError([...this.violations])
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
    const rawBody = Buffer.concat(chunks).toString('utf8')
    const exchange: Exchange = {
      method: (req.method ?? 'GET').toUpperCase(),
      url: new URL(req.url ?? '/', this.url),
      rawBody,
      body: rawBody,
    }
    const answer = this.answer(exchange)
    this.requests.push({
      ...{ method: exchange.method, path: exchange.url.pathname, query: exchange.url.search },
      ...{
        template: exchange.template,
        body: exchange.body,
        status: answer.status,
        injected: answer.injected === true,
      },
    })
    send(res, answer)
  }

  /** Parse, match, validate the request, then a fault or the route, then validate the response. */
  private answer(ex: Exchange): Answer {
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
    const query = ex.url.searchParams
    const request = { ...ex, template: match.template, pathParams: match.params, query }
    const problems = this.validator.validateRequest(request)
    if (problems.length > 0) return this.violation(ex, 'request', problems, 400)
    const fault = this.faults.take(ex.method, ex.url.pathname)
    if (fault) return { injected: true, status: fault.status, headers: fault.headers, body: faultBody(fault) }
    const handler = routes[`${ex.method} ${match.template}`]
    if (!handler) return this.violation(ex, 'unimplemented', ['route not implemented by the fake'], 501)
    return this.respond(ex, match.template, () =>
      handler({
        ...{ method: ex.method, params: match.params, query, body: ex.body ?? {}, url: ex.url },
        ...{ state: this.state, urls: { api: this.url, html: 'https://github.com' } },
      }),
    )
  }

  /** Runs the route, turns an HttpError into GitHub's error body, and validates what goes out. */
  private respond(ex: Exchange, template: string, run: () => RouteResult): Answer {
    let result: RouteResult
    try {
      result = run()
    } catch (error) {
      if (!(error instanceof HttpError)) return this.violation(ex, 'server-error', [String(error)], 500)
      result = { status: error.status, body: error.toBody() }
    }
    const tamper = this.tampers.take(ex.method, ex.url.pathname)
    const sent = tamper ? tamper.mutate(result.body) : result.body
    // Validate the wire form: what JSON.stringify drops (undefined) never reaches a client.
    const wire = sent === undefined ? undefined : (JSON.parse(JSON.stringify(sent)) as unknown)
    const problems = this.validator.validateResponse({
      method: ex.method,
      template,
      status: result.status,
      body: wire,
    })
    if (problems.length > 0) return this.violation(ex, 'response', problems, 500, result.status)
    return { ...result, body: wire }
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
    const message = `launchgate GitHub test server: ${kind} violation of GitHub's OpenAPI description`
    return { status, body: { message, problems } }
  }
}

function send(res: ServerResponse, answer: Answer): void {
  const headers: Record<string, string> = {
    'x-github-request-id': `TEST:${Date.now().toString(16)}`,
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': '4999',
    'x-ratelimit-reset': '1900000000',
    ...answer.headers,
  }
  if (answer.body === undefined) {
    res.writeHead(answer.status, headers).end()
    return
  }
  res.writeHead(answer.status, { ...headers, 'content-type': 'application/json; charset=utf-8' })
  res.end(JSON.stringify(answer.body))
}

/**
 * Starts a fake GitHub on an ephemeral port of 127.0.0.1.
 * @example
 * const gh = await startGitHubServer()
 * gh.state.addRepo('acme', 'app', { defaultBranch: 'main' })
 * gh.fail({ method: 'POST', path: /merges$/, status: 502, times: 2 })
 * // ... run the client against gh.url ...
 * gh.assertNoViolations()
 * await gh.close()
 */
export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  return new GitHubServer(options).listen()
}
