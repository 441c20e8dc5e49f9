/**
 * Health probes under noise, against a real server on loopback: a burst that times out (a loaded
 * machine) is retried, slower, before it may roll back; an app that answers the retry is healthy,
 * one that never answers still fails.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { healthVerdict } from '../../src/monitor/hard-signals.js'
import type { HealthProbe } from '../../src/monitor/samples.js'
import { HealthSource } from '../../src/monitor/sources/probes.js'

let server: Server | undefined

afterEach(async () => {
  server?.closeAllConnections()
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
  server = undefined
})

/** A health endpoint that leaves the first `silent` requests unanswered. */
async function healthEndpoint(silent: number): Promise<string> {
  let seen = 0
  server = createServer((_req, res) => {
    seen++
    if (seen <= silent) return
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ status: 'pass', checks: { database: 'pass' } }))
  })
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/api/health`
}

const deployment = { id: 1, sha: 'a'.repeat(40), environment: 'production', deployedAt: 0 }

async function judge(silent: number) {
  const url = await healthEndpoint(silent)
  const source = new HealthSource({
    url,
    probes: 5,
    timeoutMs: 150,
    spacingMs: 5,
    required: 3,
    confirmAfterMs: 10,
  })
  const { samples } = await source.read(deployment, 1_000)
  const probes = samples as HealthProbe[]
  return { probes, verdict: healthVerdict(probes, { healthProbes: 3 }) }
}

describe('health probes under noise (HealthSource on loopback)', () => {
  it('a burst that timed out is retried; the app answering the retry is healthy', async () => {
    const { probes, verdict } = await judge(5)
    expect(probes.filter((p) => p.burst === 1)).toHaveLength(5)
    expect(verdict.verdict).toBe('PASS')
  })

  it('an app that answers no burst fails the health signal', async () => {
    const { verdict } = await judge(Infinity)
    expect(verdict).toMatchObject({ verdict: 'FAIL', reason: expect.stringContaining('5 of the last 5') })
  })

  it('a healthy burst is not retried', async () => {
    const { probes } = await judge(0)
    expect(probes).toHaveLength(5)
  })
})
