/**
 * A local OpenAI-compatible and Anthropic-compatible HTTP server on 127.0.0.1 for tests: the real
 * SDKs are pointed at it with `baseURL` and it plays back scripted replies per route, in order. It
 * checks what the real APIs would refuse (a missing key header, model or messages, a missing
 * `response_format` schema or tool) and records every request for the test to inspect.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { ScriptedReply } from './replies.js'

/** The two APIs the server speaks. */
export type LlmRoute = 'openai' | 'anthropic'

const PATHS: Record<string, LlmRoute> = { '/v1/chat/completions': 'openai', '/v1/messages': 'anthropic' }

/** One request as the server received it. */
export interface LlmRequest {
  route: LlmRoute
  headers: Record<string, string | string[] | undefined>
  body: Record<string, unknown>
  /** ms since the server started. */
  at: number
}

/** A running server; {@link startLlmServer} makes one. */
export class LlmServer {
  /** Base URL of the Anthropic SDK (`…/v1/messages` is appended). */
  anthropicBaseUrl = ''
  /** Base URL of the OpenAI SDK (`…/chat/completions` is appended). */
  openaiBaseUrl = ''
  readonly requests: LlmRequest[] = []
  private readonly queues: Record<LlmRoute, ScriptedReply[]> = { openai: [], anthropic: [] }
  private readonly responders: Partial<Record<LlmRoute, (request: LlmRequest) => ScriptedReply>> = {}
  private readonly started = Date.now()
  private readonly timers = new Set<NodeJS.Timeout>()

  constructor(private readonly server: Server) {}

  /** Queues replies for a route, played in order; a request with none left is answered 500. */
  reply(route: LlmRoute, ...replies: ScriptedReply[]): void {
    this.queues[route].push(...replies)
  }

  /**
   * Answers a route's requests with `responder` once its queue is empty: for parallel callers
   * (the matrix's agents) whose order is not known, told apart by what they send.
   */
  respond(route: LlmRoute, responder: (request: LlmRequest) => ScriptedReply): void {
    this.responders[route] = responder
  }

  /** Requests of one route. */
  of(route: LlmRoute): LlmRequest[] {
    return this.requests.filter((r) => r.route === route)
  }

  /** Replies still queued (a test asserts 0 to prove every scripted answer was asked for). */
  pending(route: LlmRoute): number {
    return this.queues[route].length
  }

  async close(): Promise<void> {
    for (const t of this.timers) clearTimeout(t)
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  /** @internal */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const route = PATHS[new URL(req.url ?? '/', 'http://x').pathname]
    const raw = await readBody(req)
    if (req.method !== 'POST' || !route)
      return send(res, { status: 404, body: { error: { message: 'not found' } } })
    let body: Record<string, unknown>
    try {
      body = JSON.parse(raw) as Record<string, unknown>
    } catch {
      return send(res, { status: 400, body: { error: { message: 'body is not JSON' } } })
    }
    const request: LlmRequest = { route, headers: req.headers, body, at: Date.now() - this.started }
    this.requests.push(request)
    const refusal = route === 'openai' ? checkOpenAi(req, body) : checkAnthropic(req, body)
    if (refusal)
      return send(res, { status: 400, body: { error: { type: 'invalid_request_error', message: refusal } } })
    const reply = this.queues[route].shift() ??
      this.responders[route]?.(request) ?? {
        status: 500,
        headers: { 'x-should-retry': 'false' },
        body: { error: { message: 'the test scripted no reply for this request' } },
      }
    if (!reply.delayMs) return send(res, reply)
    const timer = setTimeout(() => {
      this.timers.delete(timer)
      if (!res.destroyed) send(res, reply)
    }, reply.delayMs)
    this.timers.add(timer)
    res.on('close', () => clearTimeout(timer))
  }
}

function checkOpenAi(req: IncomingMessage, body: Record<string, unknown>): string | undefined {
  if (!/^Bearer \S+/.test(String(req.headers.authorization ?? ''))) return 'missing bearer token'
  if (typeof body.model !== 'string' || !Array.isArray(body.messages))
    return 'model and messages are required'
  const format = body.response_format as { type?: string; json_schema?: { schema?: unknown } } | undefined
  if (format?.type !== 'json_schema' || !format.json_schema?.schema)
    return 'response_format json_schema expected'
  return undefined
}

function checkAnthropic(req: IncomingMessage, body: Record<string, unknown>): string | undefined {
  // SDK 1.x sends the key as a bearer token (API version 2026-10-21); older ones as x-api-key.
  if (!req.headers['x-api-key'] && !/^Bearer \S+/.test(String(req.headers.authorization ?? '')))
    return 'x-api-key or authorization header is required'
  if (!req.headers['anthropic-version']) return 'anthropic-version header is required'
  if (typeof body.model !== 'string' || typeof body.max_tokens !== 'number')
    return 'model and max_tokens are required'
  if (!Array.isArray(body.messages) || body.messages.length === 0) return 'messages are required'
  if (!Array.isArray(body.tools) || !body.tool_choice) return 'a forced tool is expected'
  return undefined
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = ''
    req.on('data', (chunk: Buffer) => (data += chunk.toString()))
    req.on('end', () => resolve(data))
    req.on('error', reject)
  })
}

function send(res: ServerResponse, reply: ScriptedReply): void {
  const text = typeof reply.body === 'string' ? reply.body : JSON.stringify(reply.body ?? {})
  res.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers })
  res.end(text)
}

/** Starts a server on an ephemeral port of 127.0.0.1. */
export async function startLlmServer(): Promise<LlmServer> {
  const holder: { instance?: LlmServer } = {}
  const server = createServer((req, res) => {
    holder.instance?.handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, { status: 500, body: { error: { message: String(error) } } })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const instance = new LlmServer(server)
  holder.instance = instance
  const { port } = server.address() as AddressInfo
  instance.anthropicBaseUrl = `http://127.0.0.1:${port}`
  instance.openaiBaseUrl = `http://127.0.0.1:${port}/v1`
  return instance
}
