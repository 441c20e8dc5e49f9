/**
 * A local OpenAI-compatible `POST /v1/embeddings` server on 127.0.0.1 for the prefilter's
 * embeddings provider. Its "model" is small and deterministic: each word points along the axis of
 * its meaning group (so "private" and "privacy" agree, as a real model's vectors would), other
 * words along a hashed axis. Faults are scripted per request: a status (500, 429) or a hang.
 */
import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

const DIMENSIONS = 64

/** What the next request gets instead of vectors. */
export type EmbeddingsFault = { status: number; body?: unknown; headers?: Record<string, string> } | 'hang'

/** One request as received. */
export interface EmbeddingsRequest {
  authorization: string | undefined
  model: unknown
  input: unknown
}

export class EmbeddingsServer {
  /** Base URL up to `/v1`, as the provider's `url` takes it. */
  url = ''
  readonly requests: EmbeddingsRequest[] = []
  private readonly faults: EmbeddingsFault[] = []
  private always: EmbeddingsFault | undefined
  private readonly axes = new Map<string, number>()

  constructor(
    private readonly server: Server,
    groups: readonly (readonly string[])[],
  ) {
    groups.forEach((group, i) => {
      for (const word of group) this.axes.set(word, i)
    })
  }

  /** The next requests fail this way, in order. */
  fail(...faults: EmbeddingsFault[]): void {
    this.faults.push(...faults)
  }

  /** Every request from now on fails this way (undefined: healthy again). */
  failAlways(fault: EmbeddingsFault | undefined): void {
    this.always = fault
  }

  /** The server's vector of a text: the sum of its words' axes. */
  vectorOf(text: string): number[] {
    const v = new Array<number>(DIMENSIONS).fill(0)
    for (const word of text.toLowerCase().split(/[^a-z0-9]+/)) {
      if (word.length < 3) continue
      const axis =
        this.axes.get(word) ?? 16 + (createHash('sha1').update(word).digest()[0]! % (DIMENSIONS - 16))
      v[axis]! += 1
    }
    v[DIMENSIONS - 1]! += 0.01
    return v
  }

  async close(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  /** @internal */
  handle(req: IncomingMessage, body: string, res: ServerResponse): void {
    if (req.method !== 'POST' || req.url !== '/v1/embeddings') return send(res, 404, { error: 'not found' })
    const parsed = JSON.parse(body) as { model?: unknown; input?: unknown }
    this.requests.push({ authorization: req.headers.authorization, model: parsed.model, input: parsed.input })
    const fault = this.faults.shift() ?? this.always
    if (fault === 'hang') return // the client's timeout ends it; close() drops the socket
    if (fault) return send(res, fault.status, fault.body ?? { error: { message: 'scripted' } }, fault.headers)
    if (typeof parsed.model !== 'string' || !Array.isArray(parsed.input))
      return send(res, 400, { error: { message: 'model and input[] are required' } })
    const data = (parsed.input as string[]).map((text, index) => ({
      object: 'embedding',
      index,
      embedding: this.vectorOf(text),
    }))
    // Real servers may answer out of order; `index` says which input each vector is.
    send(res, 200, { object: 'list', model: parsed.model, data: data.reverse() })
  }
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers })
  res.end(JSON.stringify(body))
}

/**
 * Starts a server on an ephemeral port of 127.0.0.1.
 * @param groups words that mean the same thing share an axis
 */
export async function startEmbeddingsServer(
  groups: readonly (readonly string[])[] = [],
): Promise<EmbeddingsServer> {
  const holder: { instance?: EmbeddingsServer } = {}
  const server = createServer((req, res) => {
    let data = ''
    req.on('data', (chunk: Buffer) => (data += chunk.toString()))
    req.on('end', () => holder.instance?.handle(req, data, res))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const instance = new EmbeddingsServer(server, groups)
  holder.instance = instance
  instance.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`
  return instance
}
