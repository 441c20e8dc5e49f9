/**
 * A loopback HTTP server that answers from a script, one step per request, and records what it
 * received: enough to watch a client retry, wait and give up.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

/** One scripted answer; `delayMs` holds it back (to provoke a timeout). */
export interface Step {
  status: number
  body?: unknown
  headers?: Record<string, string>
  delayMs?: number
}

/** A request as received, with the time it arrived. */
export interface Received {
  method: string
  url: string
  headers: IncomingHttpHeaders
  body: string
  at: number
}

/** A running scripted server; the last step repeats once the script runs out. */
export interface ScriptedServer {
  url: string
  received: Received[]
  close(): Promise<void>
}

export async function startScriptedServer(steps: Step[]): Promise<ScriptedServer> {
  const received: Received[] = []
  const timers = new Set<NodeJS.Timeout>()
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      received.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body,
        at: Date.now(),
      })
      const step = steps[Math.min(received.length - 1, steps.length - 1)]!
      const answer = () => {
        res.writeHead(step.status, { 'content-type': 'application/json', ...step.headers })
        res.end(step.body === undefined ? '' : JSON.stringify(step.body))
      }
      if (!step.delayMs) return answer()
      const timer = setTimeout(() => {
        timers.delete(timer)
        if (!res.destroyed) answer()
      }, step.delayMs)
      timers.add(timer)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    async close() {
      for (const timer of timers) clearTimeout(timer)
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/** A port on loopback with nothing listening (bound once, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}
