/**
 * A local Netlify API for tests: `GET /api/v1/sites/{site_id}/deploys` over in-memory deploys,
 * every request and response checked against Netlify's Swagger description (see swagger.ts). A
 * test scripts how a deploy of a commit progresses (`building`, `building`, `ready`): each list
 * request moves every scripted deploy one state on, so a wait loop sees a build finish.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { SwaggerValidator } from './swagger.js'

export interface NetlifyDeployRecord {
  id: string
  site_id: string
  state: string
  commit_ref: string
  branch: string
  context: string
  created_at: string
  updated_at: string
  admin_url: string
  deploy_ssl_url: string
  error_message?: string
  /** States still to come, one per list request. */
  script: string[]
}

export interface NetlifyServerOptions {
  /** The token requests must carry as `Authorization: Bearer`. */
  token: string
}

/** A running fake Netlify. */
export class NetlifyServer {
  /** API base URL as a client is configured with it: `http://127.0.0.1:<port>/api/v1`. */
  url = ''
  readonly deploys: NetlifyDeployRecord[] = []
  readonly requests: { method: string; path: string; query: string; status: number }[] = []
  readonly violations: string[] = []
  private readonly faults: { status: number; times: number }[] = []
  private readonly http: Server
  private readonly validator = sharedValidator()
  private seq = 0

  constructor(private readonly options: NetlifyServerOptions) {
    this.http = createServer((req, res) => this.handle(req, res))
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.http.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.http.address() as AddressInfo).port}${this.validator.basePath}`
    return this
  }

  /**
   * Adds a production deploy of `commit` to `siteId` whose state walks through `states` (the first
   * at once, the next on each list request, the last one stays).
   */
  addDeploy(
    siteId: string,
    commit: string,
    states: string[],
    extra: { error_message?: string } = {},
  ): NetlifyDeployRecord {
    const id = `${(++this.seq).toString(16).padStart(24, '0')}`
    const at = new Date(Date.UTC(2025, 0, 10, 12, this.seq)).toISOString()
    const record: NetlifyDeployRecord = {
      ...{
        id,
        site_id: siteId,
        state: states[0] ?? 'new',
        commit_ref: commit,
        branch: 'main',
        context: 'production',
      },
      ...{
        created_at: at,
        updated_at: at,
        admin_url: `https://app.netlify.com/sites/${siteId}/deploys/${id}`,
      },
      ...{ deploy_ssl_url: `https://${id}--${siteId}.netlify.app`, script: states.slice(1), ...extra },
    }
    this.deploys.unshift(record)
    return record
  }

  /** The next `times` requests answer `status` (e.g. 502) instead. */
  fail(status: number, times = 1): void {
    this.faults.push({ status, times })
  }

  assertNoViolations(): void {
    if (this.violations.length > 0)
      throw new Error(`Netlify contract violations:\n${this.violations.join('\n')}`)
  }

  async close(): Promise<void> {
    this.http.closeAllConnections()
    await new Promise<void>((resolve) => this.http.close(() => resolve()))
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const method = (req.method ?? 'GET').toUpperCase()
    const answer = this.answer(method, url, req.headers.authorization)
    this.requests.push({ method, path: url.pathname, query: url.search, status: answer.status })
    res.writeHead(answer.status, { 'content-type': 'application/json' })
    res.end(answer.body === undefined ? '' : JSON.stringify(answer.body))
  }

  private answer(
    method: string,
    url: URL,
    authorization: string | undefined,
  ): { status: number; body?: unknown } {
    const base = this.validator.basePath
    const match = url.pathname.startsWith(base)
      ? this.validator.match(url.pathname.slice(base.length))
      : undefined
    if (!match) return this.violation(`${method} ${url.pathname}: no described path`, 404)
    const problems = this.validator.requestProblems(match.template, method, url.searchParams)
    if (problems.length > 0) return this.violation(`${method} ${url.pathname}: ${problems.join('; ')}`, 400)
    if (authorization !== `Bearer ${this.options.token}`)
      return this.respond(match.template, method, 401, { code: 401, message: 'Access Denied: Invalid token' })
    const fault = this.faults.find((f) => f.times > 0)
    if (fault) {
      fault.times -= 1
      return this.respond(match.template, method, fault.status, {
        code: fault.status,
        message: 'Bad Gateway',
      })
    }
    if (method !== 'GET' || match.template !== '/sites/{site_id}/deploys') {
      return this.violation(`${method} ${match.template} is described but not implemented by the fake`, 501)
    }
    return this.respond(match.template, method, 200, this.list(match.params.site_id!, url.searchParams))
  }

  private list(siteId: string, query: URLSearchParams): unknown[] {
    const perPage = Number(query.get('per_page') ?? 100)
    const page = this.deploys.filter((d) => d.site_id === siteId).slice(0, perPage)
    const shapes = page.map(({ script: _script, ...deploy }) => ({ ...deploy }))
    // Builds move on after the answer: the next poll sees the next state.
    for (const d of page) {
      const next = d.script.shift()
      if (next !== undefined) d.state = next
    }
    return shapes
  }

  private respond(template: string, method: string, status: number, body: unknown) {
    const problems = this.validator.responseProblems(template, method, status, body)
    if (problems.length > 0)
      return this.violation(`${method} ${template} ${status}: ${problems.join('; ')}`, 500)
    return { status, body }
  }

  private violation(message: string, status: number) {
    this.violations.push(message)
    return { status, body: { code: status, message } }
  }
}

let validator: SwaggerValidator | undefined
function sharedValidator(): SwaggerValidator {
  validator ??= new SwaggerValidator()
  return validator
}

/** Starts a fake Netlify on an ephemeral port of 127.0.0.1. */
export function startNetlifyServer(options: NetlifyServerOptions): Promise<NetlifyServer> {
  return new NetlifyServer(options).listen()
}
