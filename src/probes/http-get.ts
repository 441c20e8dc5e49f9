/**
 * A bare GET over node:http(s) for probes. Not `fetch`: fetch refuses a list of "bad ports"
 * (1, 6000, 6665-6669, ...) and pools connections, and a probe should measure a fresh
 * connection to any port and leave nothing open behind it.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'

/** What came back. */
export interface HttpGetResult {
  status: number
  text: string
}

/** Bodies of health endpoints are small; more than this is cut (and still judged). */
const MAX_BODY_BYTES = 256 * 1024

/** Thrown when the exchange did not finish within its budget. */
export class ProbeTimeoutError extends Error {
  override readonly name: string = 'ProbeTimeoutError'
  constructor(readonly timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`)
    this.name = 'ProbeTimeoutError'
  }
}

/**
 * GETs a URL without following redirects (a redirected health URL is worth reporting as is).
 * @throws ProbeTimeoutError after `timeoutMs` for the whole exchange, or the socket's error
 */
export function httpGet(
  url: string,
  options: { timeoutMs: number; headers?: Record<string, string> },
): Promise<HttpGetResult> {
  return new Promise((resolve, reject) => {
    const target = new URL(url)
    const send = target.protocol === 'https:' ? httpsRequest : httpRequest
    const req = send(target, { method: 'GET', headers: options.headers, agent: false })
    // Settle first, then tear down: later socket errors hit an already-settled promise.
    const timer = setTimeout(() => {
      reject(new ProbeTimeoutError(options.timeoutMs))
      req.destroy()
    }, options.timeoutMs)
    req.on('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    req.on('response', (res: IncomingMessage) => {
      const chunks: Buffer[] = []
      let size = 0
      res.on('data', (chunk: Buffer) => {
        size += chunk.length
        if (size <= MAX_BODY_BYTES) chunks.push(chunk)
      })
      res.on('end', () => {
        clearTimeout(timer)
        resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') })
      })
      res.on('error', (error) => {
        clearTimeout(timer)
        reject(error)
      })
    })
    req.end()
  })
}
