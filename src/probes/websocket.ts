/**
 * One WebSocket probe: connect, optionally send a JSON message with a fresh correlation id and
 * wait for the reply that carries it, then close with a clean handshake. Like the health probe
 * it is a measurement: never retried, never throws, bounded by one timeout.
 */
import { randomUUID } from 'node:crypto'
import WebSocket from 'ws'
import { redact } from '../http/redact.js'

/** The result of one WebSocket probe. */
export interface WebSocketProbe {
  /** When the probe started, ISO 8601. */
  at: string
  /** Connected, got the expected reply (if one was expected) and closed cleanly. */
  ok: boolean
  /** Milliseconds until the upgrade completed. */
  connectMs?: number
  /** Milliseconds from sending the message to the reply with its correlation id. */
  replyMs?: number
  error?: string
}

/** Options of {@link probeWebSocket}. */
export interface WebSocketProbeOptions {
  /** Budget for the whole probe: connect, reply and close. */
  timeoutMs: number
  /** JSON to send; an object gets a `correlationId` field added. `{ type: 'ping' }` when only a reply is expected. */
  message?: unknown
  /** Wait for a reply carrying the correlation id; true by default when a message is given. */
  expectReply?: boolean
  /** Upgrade request headers (e.g. a bearer token); never echoed in `error`. */
  headers?: Record<string, string>
}

/** Close codes of a clean shutdown: normal, and "no status" (some servers send none). */
const CLEAN_CLOSE = new Set([1000, 1005])

/**
 * Probes a WebSocket endpoint once.
 * @param url e.g. `wss://api.example.com/api/v1/pam/ws`
 * @returns the probe; never rejects
 */
export function probeWebSocket(url: string, options: WebSocketProbeOptions): Promise<WebSocketProbe> {
  const at = new Date().toISOString()
  const started = performance.now()
  const secrets = [...Object.values(options.headers ?? {}), ...tokensInUrl(url)]
  const expectReply = options.expectReply ?? options.message !== undefined
  const correlationId = randomUUID()
  const result: WebSocketProbe = { at, ok: false }
  return new Promise((resolve) => {
    let sentAt = 0
    let settled = false
    let socket: WebSocket
    const finish = (error?: string) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      if (error) result.error = redact(error, secrets)
      else result.ok = true
      socket.removeAllListeners()
      // Swallow late errors of a socket we are abandoning; the probe is already decided.
      socket.on('error', () => undefined)
      if (socket.readyState !== WebSocket.CLOSED) socket.terminate()
      resolve(result)
    }
    const timer = setTimeout(
      () => finish(`timed out after ${options.timeoutMs} ms while ${stage()}`),
      options.timeoutMs,
    )
    const stage = () =>
      result.connectMs === undefined
        ? 'connecting'
        : expectReply && result.replyMs === undefined
          ? 'waiting for the reply'
          : 'closing'
    try {
      socket = new WebSocket(url, { headers: options.headers, handshakeTimeout: options.timeoutMs })
    } catch (error) {
      clearTimeout(timer)
      resolve({ at, ok: false, error: redact(`invalid WebSocket URL: ${String(error)}`, secrets) })
      return
    }
    socket.on('unexpected-response', (_req, res) => finish(`upgrade refused: HTTP ${res.statusCode ?? '?'}`))
    socket.on('error', (error: Error & { code?: string }) =>
      finish(`connection failed: ${error.code ?? error.message}`),
    )
    socket.on('open', () => {
      result.connectMs = Math.round(performance.now() - started)
      if (!expectReply && options.message === undefined) return socket.close(1000)
      sentAt = performance.now()
      socket.send(JSON.stringify(withCorrelationId(options.message ?? { type: 'ping' }, correlationId)))
      if (!expectReply) socket.close(1000)
    })
    socket.on('message', (data) => {
      if (!expectReply || result.replyMs !== undefined) return
      if (correlationOf(data.toString()) !== correlationId) return
      result.replyMs = Math.round(performance.now() - sentAt)
      socket.close(1000)
    })
    socket.on('close', (code) => {
      if (result.connectMs === undefined) return finish(`closed before the connection opened (code ${code})`)
      if (expectReply && result.replyMs === undefined)
        return finish(`closed (code ${code}) before the reply arrived`)
      if (!CLEAN_CLOSE.has(code)) return finish(`did not close cleanly (code ${code})`)
      finish()
    })
  })
}

/** The message as sent: an object gains `correlationId`; anything else is wrapped. */
export function withCorrelationId(message: unknown, correlationId: string): Record<string, unknown> {
  if (message && typeof message === 'object' && !Array.isArray(message)) {
    return { ...(message as Record<string, unknown>), correlationId }
  }
  return { type: 'message', content: message, correlationId }
}

/** The `correlationId` of a JSON reply (top level or under `data`), if any. */
export function correlationOf(text: string): string | undefined {
  try {
    const parsed = JSON.parse(text) as { correlationId?: unknown; data?: { correlationId?: unknown } }
    const id = parsed.correlationId ?? parsed.data?.correlationId
    return typeof id === 'string' ? id : undefined
  } catch {
    return undefined
  }
}

/** Query values that look like credentials (`?token=...`), so errors that quote the URL stay clean. */
function tokensInUrl(url: string): string[] {
  try {
    return [...new URL(url).searchParams.values()].filter((v) => v.length >= 6)
  } catch {
    return []
  }
}
