/**
 * A fault-injecting HTTP proxy on 127.0.0.1 for tests: it sits between a client (a bundled action
 * run as a child process) and a real server (the GitHub fake), forwards every request, and breaks
 * the ones a rule matches the way networks and GitHub break: a write done but its answer lost
 * (502, a reset, a truncated or slow body), an error answered without forwarding (500, 503, 429
 * with Retry-After, a secondary rate limit), or the client killed right before or after a write.
 */
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http'
import type { AddressInfo } from 'node:net'

/** What the proxy does with a matched request. */
export type Fault =
  /** Not forwarded: answered with this status (and headers, body). */
  | { kind: 'answer'; status: number; headers?: Record<string, string>; body?: unknown }
  /** Forwarded (the server did it), then answered with `status` (502 by default): the answer is lost. */
  | { kind: 'lost'; status?: number }
  /** Not forwarded: the connection is reset. */
  | { kind: 'reset' }
  /** Forwarded, then the connection is reset before any answer. */
  | { kind: 'lost-reset' }
  /** Forwarded; the answer's headers and half its body, then a reset. */
  | { kind: 'truncate' }
  /** Forwarded; the headers at once, the body after `delayMs`. */
  | { kind: 'slow'; delayMs: number }
  /** Calls `kill` (the test kills the client with SIGKILL) before or after forwarding; never answers. */
  | { kind: 'kill'; when: 'before' | 'after'; kill: () => void }

/** Which requests a fault applies to, and how many times (1 by default, `Infinity` for all). */
export interface ProxyRule {
  method?: string
  /** A substring of the path, or a regular expression tested against it. */
  path: string | RegExp
  times?: number
  fault: Fault
}

/** One request as the proxy saw it. */
export interface ProxyLogEntry {
  method: string
  path: string
  /** The fault applied, if any. */
  fault?: Fault['kind']
  /** True when the request reached the server. */
  forwarded: boolean
}

/** A running proxy; create it with {@link startFaultProxy}. */
export class FaultProxy {
  url = ''
  readonly log: ProxyLogEntry[] = []
  private readonly rules: { rule: ProxyRule; left: number }[] = []
  private readonly http: Server

  constructor(private readonly target: string) {
    this.http = createServer((req, res) => void this.handle(req, res))
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.http.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.http.address() as AddressInfo).port}`
    return this
  }

  /** Adds a rule; rules are tried in order, each consumed as it matches. */
  add(rule: ProxyRule): void {
    this.rules.push({ rule, left: rule.times ?? 1 })
  }

  /** Drops every rule not yet used up (the fault-free re-run after a faulty one). */
  clear(): void {
    this.rules.length = 0
  }

  async close(): Promise<void> {
    this.http.closeAllConnections()
    await new Promise<void>((resolve) => this.http.close(() => resolve()))
  }

  private take(method: string, path: string): Fault | undefined {
    const entry = this.rules.find(
      ({ rule, left }) =>
        left > 0 &&
        (!rule.method || rule.method.toUpperCase() === method) &&
        (typeof rule.path === 'string' ? path.includes(rule.path) : rule.path.test(path)),
    )
    if (!entry) return undefined
    entry.left -= 1
    return entry.rule.fault
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const method = (req.method ?? 'GET').toUpperCase()
    const path = new URL(req.url ?? '/', 'http://proxy').pathname
    const fault = this.take(method, path)
    const entry: ProxyLogEntry = { method, path, fault: fault?.kind, forwarded: false }
    this.log.push(entry)
    if (fault?.kind === 'answer') return answer(res, fault)
    if (fault?.kind === 'reset') return void res.socket?.destroy()
    if (fault?.kind === 'kill' && fault.when === 'before') return fault.kill()
    const upstream = await this.forward(req, Buffer.concat(chunks))
    entry.forwarded = true
    switch (fault?.kind) {
      case undefined:
        return send(res, upstream)
      case 'lost':
        return answer(res, { kind: 'answer', status: fault.status ?? 502 })
      case 'lost-reset':
        return void res.socket?.destroy()
      case 'truncate':
        res.writeHead(upstream.status, {
          ...upstream.headers,
          'content-length': String(upstream.body.length),
        })
        res.write(upstream.body.subarray(0, Math.floor(upstream.body.length / 2)))
        return void setTimeout(() => res.socket?.destroy(), 20)
      case 'slow':
        res.writeHead(upstream.status, {
          ...upstream.headers,
          'content-length': String(upstream.body.length),
        })
        res.flushHeaders()
        return void setTimeout(() => res.end(upstream.body), fault.delayMs)
      case 'kill':
        return fault.kill()
    }
  }

  private forward(req: IncomingMessage, body: Buffer): Promise<Upstream> {
    const target = new URL(req.url ?? '/', this.target)
    const headers = { ...req.headers, host: target.host, 'content-length': String(body.length) }
    delete headers['transfer-encoding']
    return new Promise((resolve, reject) => {
      const out = httpRequest(target, { method: req.method, headers }, (upstream) => {
        const parts: Buffer[] = []
        upstream.on('data', (d: Buffer) => parts.push(d))
        upstream.on('end', () => {
          const { 'transfer-encoding': _t, connection: _c, ...rest } = upstream.headers
          resolve({ status: upstream.statusCode ?? 502, headers: rest, body: Buffer.concat(parts) })
        })
        upstream.on('error', reject)
      })
      out.on('error', reject)
      out.end(body)
    })
  }
}

interface Upstream {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

function send(res: ServerResponse, upstream: Upstream): void {
  res.writeHead(upstream.status, { ...upstream.headers, 'content-length': String(upstream.body.length) })
  res.end(upstream.body)
}

function answer(res: ServerResponse, fault: Extract<Fault, { kind: 'answer' }>): void {
  const body = JSON.stringify(fault.body ?? { message: `injected ${fault.status}` })
  res.writeHead(fault.status, { 'content-type': 'application/json; charset=utf-8', ...fault.headers })
  res.end(body)
}

/** Starts a proxy in front of `target` (a base URL such as the GitHub fake's). */
export function startFaultProxy(target: string): Promise<FaultProxy> {
  return new FaultProxy(target).listen()
}
