/**
 * The example app as a real server on loopback: node:http for the API, `ws` for the assistant's
 * WebSocket. Product code (the rehearsal ships it in dist/), so it imports nothing test-only.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import { WebSocketServer } from 'ws'
import { assistantReply } from './assistant.js'
import { INVALID_JSON, problem, route, type AppAnswer } from './routes.js'
import { AppState } from './state.js'
import { DEFAULT_SHA, DEFAULT_USERS, WS_PATH, type ExampleApp, type ExampleAppOptions } from './types.js'

export { WS_PATH }

const MAX_BODY_BYTES = 64 * 1024

/**
 * Starts the example app.
 * @example
 * const app = await startExampleApp({ sha: 'abc123' })
 * app.setFault('db-down') // health now fails its database check
 * await app.close()
 */
export async function startExampleApp(options: ExampleAppOptions = {}): Promise<ExampleApp> {
  const state = new AppState(
    options.sha ?? DEFAULT_SHA,
    options.version ?? '1.5.0',
    options.users ?? { ...DEFAULT_USERS },
    Math.min(Math.max(options.errorShare ?? 0.5, 0), 1),
  )
  const slowMs = options.slowMs ?? 2500
  const waits = new Set<() => void>()
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_BODY_BYTES })
  wss.on('connection', (socket) => {
    socket.on('message', (data) => socket.send(assistantReply(data.toString(), state.sha)))
  })
  const server = createServer((req, res) => void handle(req, res))
  server.on('upgrade', (req, socket, head) => upgrade(req, socket, head))

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    state.requests += 1
    const answer = await answerFor(req)
    if (state.fault === 'slow') await pause(slowMs)
    if (answer.status >= 500) state.errors += 1
    send(res, answer, state.sha)
  }

  async function answerFor(req: IncomingMessage): Promise<AppAnswer> {
    const body = await readBody(req)
    if (body === TOO_LARGE) return problem(413, `the body exceeds ${MAX_BODY_BYTES} bytes`)
    if (state.nextRequestFails()) return problem(500, 'internal server error (injected fault)')
    const path = new URL(req.url ?? '/', 'http://app').pathname
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1]
    return route(state, { method: req.method ?? 'GET', path, bearer, body })
  }

  function upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    state.requests += 1
    const path = new URL(req.url ?? '/', 'http://app').pathname
    if (path !== WS_PATH || state.fault === 'ws-refuse') {
      const status = path !== WS_PATH ? 404 : 503
      if (status >= 500) state.errors += 1
      socket.end(
        `HTTP/1.1 ${status} ${status === 404 ? 'Not Found' : 'Service Unavailable'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
      )
      return
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req))
  }

  /** A delay that `close()` can cut short, so a slow app never holds a test open. */
  function pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer)
        waits.delete(done)
        resolve()
      }
      const timer = setTimeout(done, ms)
      waits.add(done)
    })
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  const host = hostForUrl(options.host ?? '127.0.0.1')
  return {
    url: `http://${host}:${port}`,
    wsUrl: `ws://${host}:${port}${WS_PATH}`,
    setSha(sha) {
      if (sha !== state.sha) state.previousSha = state.sha
      state.sha = sha
    },
    setFault(fault) {
      state.fault = fault
    },
    stats: () => ({ requests: state.requests, errors: state.errors }),
    async close() {
      for (const done of [...waits]) done()
      for (const client of wss.clients) client.terminate()
      await new Promise<void>((resolve) => wss.close(() => resolve()))
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

const TOO_LARGE = Symbol('too large')

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) return TOO_LARGE
    chunks.push(chunk as Buffer)
  }
  const text = Buffer.concat(chunks).toString('utf8')
  if (text.trim() === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return INVALID_JSON
  }
}

function send(res: ServerResponse, answer: AppAnswer, sha: string): void {
  // The header names the running build even when health lies (`wrong-sha` only affects health).
  const headers: Record<string, string> = { 'x-release-id': sha, 'cache-control': 'no-store' }
  if (answer.text !== undefined) {
    headers['content-type'] = `${answer.contentType ?? 'text/plain'}; charset=utf-8`
    res.writeHead(answer.status, headers).end(answer.text)
    return
  }
  if (answer.body === undefined) {
    res.writeHead(answer.status, headers).end()
    return
  }
  headers['content-type'] = `${answer.contentType ?? 'application/json'}; charset=utf-8`
  res.writeHead(answer.status, headers).end(JSON.stringify(answer.body))
}

function hostForUrl(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1'
  return host.includes(':') ? `[${host}]` : host
}
