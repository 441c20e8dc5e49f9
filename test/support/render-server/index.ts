/**
 * A local Render API for tests: `GET /v1/services/{serviceId}/deploys`. There is no API
 * description of Render in the shared schemas, so this follows Render's documented REST API and
 * checks what it can: the bearer token, the `limit` parameter (1 to 100), the service id, and
 * that every deploy it answers has a documented status. As with the Netlify fake, a test scripts
 * how a deploy's status progresses, one step per list request.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** Render's documented deploy statuses. */
export const RENDER_STATUSES = [
  'created',
  'queued',
  'build_in_progress',
  'update_in_progress',
  'pre_deploy_in_progress',
  'live',
  'deactivated',
  'build_failed',
  'update_failed',
  'pre_deploy_failed',
  'canceled',
] as const

export interface RenderDeployRecord {
  id: string
  serviceId: string
  status: string
  commit: { id: string; message: string; createdAt: string }
  trigger: string
  createdAt: string
  updatedAt: string
  finishedAt: string | null
  script: string[]
}

export class RenderServer {
  /** API base URL as a client is configured with it: `http://127.0.0.1:<port>/v1`. */
  url = ''
  readonly deploys: RenderDeployRecord[] = []
  readonly requests: { method: string; path: string; query: string; status: number }[] = []
  readonly violations: string[] = []
  private readonly http: Server
  private seq = 0

  constructor(private readonly token: string) {
    this.http = createServer((req, res) => this.handle(req, res))
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.http.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.http.address() as AddressInfo).port}/v1`
    return this
  }

  /** Adds a deploy of `commit` whose status walks through `statuses`, one per list request. */
  addDeploy(serviceId: string, commit: string, statuses: string[]): RenderDeployRecord {
    for (const s of statuses)
      if (!(RENDER_STATUSES as readonly string[]).includes(s)) throw new Error(`not a Render status: ${s}`)
    const at = new Date(Date.UTC(2025, 0, 10, 12, ++this.seq)).toISOString()
    const record: RenderDeployRecord = {
      ...{ id: `dep-${this.seq.toString().padStart(20, '0')}`, serviceId, status: statuses[0] ?? 'created' },
      ...{ commit: { id: commit, message: 'Deploy staging to main', createdAt: at }, trigger: 'new_commit' },
      ...{ createdAt: at, updatedAt: at, finishedAt: null, script: statuses.slice(1) },
    }
    this.deploys.unshift(record)
    return record
  }

  assertNoViolations(): void {
    if (this.violations.length > 0)
      throw new Error(`Render contract violations:\n${this.violations.join('\n')}`)
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
    res.end(JSON.stringify(answer.body))
  }

  private answer(
    method: string,
    url: URL,
    authorization: string | undefined,
  ): { status: number; body: unknown } {
    const serviceId = /^\/v1\/services\/([^/]+)\/deploys$/.exec(url.pathname)?.[1]
    if (method !== 'GET' || serviceId === undefined)
      return this.violation(`${method} ${url.pathname} is not implemented`, 404)
    if (authorization !== `Bearer ${this.token}`)
      return { status: 401, body: { id: 'unauthorized', message: 'unauthorized' } }
    const unknown = [...url.searchParams.keys()].filter(
      (k) => !['limit', 'cursor', 'status', 'createdBefore', 'createdAfter'].includes(k),
    )
    if (unknown.length > 0) return this.violation(`unknown query parameter(s): ${unknown.join(', ')}`, 400)
    const limit = Number(url.searchParams.get('limit') ?? 20)
    if (!Number.isInteger(limit) || limit < 1 || limit > 100)
      return this.violation(`limit must be 1 to 100, got ${limit}`, 400)
    const page = this.deploys.filter((d) => d.serviceId === decodeURIComponent(serviceId)).slice(0, limit)
    const body = page.map(({ script: _s, serviceId: _id, ...deploy }) => ({
      deploy: { ...deploy },
      cursor: deploy.id,
    }))
    for (const d of page) {
      const next = d.script.shift()
      if (next === undefined) continue
      d.status = next
      if (['live', 'build_failed', 'update_failed', 'canceled'].includes(next))
        d.finishedAt = new Date().toISOString()
    }
    return { status: 200, body }
  }

  private violation(message: string, status: number) {
    this.violations.push(message)
    return { status, body: { id: 'invalid', message } }
  }
}

/** Starts a fake Render on an ephemeral port of 127.0.0.1. */
export function startRenderServer(token: string): Promise<RenderServer> {
  return new RenderServer(token).listen()
}
