/**
 * A local OSV API on 127.0.0.1 for the dependency review's tests: `POST /v1/querybatch` and
 * `GET /v1/vulns/{id}`, with requests checked against the shapes of OSV's API reference (a
 * `queries` array of `{ package: { name, ecosystem }, version }`); anything else is a 400 the test
 * sees as a failure. It records every request.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface OsvRecord {
  id: string
  summary: string
  database_specific?: { severity: string }
}

export interface OsvServer {
  url: string
  requests: Array<{ method: string; path: string; body: unknown }>
  close(): Promise<void>
}

const ECOSYSTEMS = new Set(['npm', 'PyPI'])

function validQuery(q: unknown): boolean {
  const query = q as { package?: { name?: unknown; ecosystem?: unknown }; version?: unknown }
  return (
    typeof query?.package?.name === 'string' &&
    typeof query.package.ecosystem === 'string' &&
    ECOSYSTEMS.has(query.package.ecosystem) &&
    typeof query.version === 'string'
  )
}

/** Starts the server; `vulns` maps `ecosystem:name@version` to its advisories. */
export async function startOsvServer(vulns: Record<string, OsvRecord[]>): Promise<OsvServer> {
  const requests: OsvServer['requests'] = []
  const byId = new Map(
    Object.values(vulns)
      .flat()
      .map((v) => [v.id, v]),
  )
  const server: Server = createServer((req, res) => {
    let raw = ''
    req.on('data', (c: Buffer) => (raw += c.toString()))
    req.on('end', () => {
      const body = raw ? (JSON.parse(raw) as unknown) : undefined
      requests.push({ method: req.method ?? '', path: req.url ?? '', body })
      const send = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(value))
      }
      if (req.method === 'POST' && req.url === '/v1/querybatch') {
        const queries = (body as { queries?: unknown[] } | undefined)?.queries
        if (!Array.isArray(queries) || !queries.every(validQuery))
          return send(400, { message: 'invalid query' })
        const results = (
          queries as Array<{ package: { name: string; ecosystem: string }; version: string }>
        ).map((q) => {
          const found = vulns[`${q.package.ecosystem}:${q.package.name}@${q.version}`] ?? []
          return found.length > 0
            ? { vulns: found.map((v) => ({ id: v.id, modified: '2024-01-01T00:00:00Z' })) }
            : {}
        })
        return send(200, { results })
      }
      const id = /^\/v1\/vulns\/([^/]+)$/.exec(req.url ?? '')?.[1]
      const record = id ? byId.get(decodeURIComponent(id)) : undefined
      if (req.method === 'GET' && record) return send(200, record)
      return send(404, { message: 'not found' })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
