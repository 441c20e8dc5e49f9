import { mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from '@jest/globals'
import { ReplayFileError, parseReplay } from '../../src/monitor/replay.js'
import { cli } from '../support/cli.js'

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')
const EXAMPLE = path.join(FIXTURES, 'issue-example.json')

interface ReplayDoc {
  ok: boolean
  decision: string
  triggers: Array<{ signal: string; reason: string }>
  signals: Array<{
    signal: string
    verdict: string
    cause?: string
    value?: number
    threshold: number
    samples: number
  }>
  thresholds: { errorRate: number; p95Ms: number }
}

const deployment = { sha: 'abc123', deployedAt: '2026-01-10T17:00:00Z' }
const bucket = (minute: number, requests: number, errors: number) => ({
  at: new Date(Date.parse(deployment.deployedAt) + minute * 60_000).toISOString(),
  signal: 'http',
  requests,
  errors,
  p95Ms: 900,
})

/** Writes a replay document (or raw text) to a temporary file and returns its path. */
async function replayFile(content: unknown): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'lg-replay-'))
  const file = path.join(dir, 'replay.json')
  await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content, null, 1))
  return file
}

async function replay(file: string, format = 'json') {
  // An empty root keeps the repository's own config out of the thresholds.
  const root = await mkdtemp(path.join(os.tmpdir(), 'lg-root-'))
  return cli(['monitor', '--replay', file, '--format', format, '--root', root])
}

describe('launchgate monitor --replay', () => {
  it("judges the issue's example: a critical alert since the deploy rolls back (exit 1)", async () => {
    const run = await replay(EXAMPLE)
    expect(run.code).toBe(1)
    const doc = JSON.parse(run.stdout) as ReplayDoc
    expect(doc.decision).toBe('rollback')
    expect(doc.triggers).toEqual([{ signal: 'security', reason: expect.stringContaining('critical alert') }])
    const errorRate = doc.signals.find((s) => s.signal === 'error-rate')
    expect(errorRate).toMatchObject({ verdict: 'PASS', threshold: 0.05, samples: 1200 })
    expect(errorRate!.value).toBeCloseTo(7 / 1200, 6)
    expect(doc.signals.map((s) => s.signal)).toEqual([
      'error-rate',
      'p95',
      'websocket-failures',
      'health',
      'health.database',
      'security',
    ])
  })

  it('exits 0 for a healthy window, with the plan defaults when the file has no thresholds', async () => {
    const file = await replayFile({
      deployment,
      now: '2026-01-10T17:12:00Z',
      samples: [bucket(0, 800, 4), bucket(5, 900, 3)],
    })
    const run = await replay(file)
    expect(run.code).toBe(0)
    const doc = JSON.parse(run.stdout) as ReplayDoc
    expect(doc).toMatchObject({ ok: true, decision: 'healthy', triggers: [] })
    expect(doc.thresholds).toMatchObject({ errorRate: 0.05, p95Ms: 5000 })
  })

  it("applies the file's thresholds: the same window rolls back at a 0.1% error rate", async () => {
    const samples = [bucket(0, 5000, 40), bucket(5, 5000, 40)]
    const file = await replayFile({
      deployment,
      now: '2026-01-10T17:12:00Z',
      thresholds: { errorRate: 0.001 },
      samples,
    })
    const run = await replay(file)
    expect(run.code).toBe(1)
    expect((JSON.parse(run.stdout) as ReplayDoc).triggers.map((t) => t.signal)).toEqual(['error-rate'])
  })

  it('exits 3 when it cannot tell: a 429 is inconclusive, never a rollback', async () => {
    const failed = {
      at: '2026-01-10T17:10:00Z',
      signal: 'http',
      error: { status: 429, message: 'slow down' },
    }
    const file = await replayFile({
      deployment,
      now: '2026-01-10T17:12:00Z',
      samples: [bucket(0, 800, 700), failed],
    })
    const run = await replay(file)
    expect(run.code).toBe(3)
    const doc = JSON.parse(run.stdout) as ReplayDoc
    expect(doc.decision).toBe('inconclusive')
    expect(doc.signals[0]).toMatchObject({
      signal: 'error-rate',
      verdict: 'INCONCLUSIVE',
      cause: 'rate-limited',
    })
  })

  it('draws the window as a mermaid xychart in markdown', async () => {
    const file = await replayFile({
      deployment,
      now: '2026-01-10T17:12:00Z',
      samples: [bucket(0, 800, 4), bucket(5, 900, 90)],
    })
    const run = await replay(file, 'markdown')
    expect(run.code).toBe(3)
    expect(run.stdout).toContain('```mermaid\nxychart-beta')
    expect(run.stdout).toContain('x-axis "minutes after the deploy" ["+0m", "+5m"]')
    expect(run.stdout).toContain('bar [0.5, 10]')
  })

  it('without --replay runs the live check, which names what it lacks and points at --replay (exit 2)', async () => {
    const run = await cli(['monitor', '--format', 'json'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--replay <file>')
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, error: { kind: 'UsageError' } })
  })
})

describe('bad replay files (exit 2)', () => {
  it('names the sample index, the field and the line', async () => {
    const samples = [bucket(0, 800, 4), { ...bucket(5, 900, 3), errors: 'many' }]
    const file = await replayFile({ deployment, samples })
    const run = await replay(file)
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/replay\.json:\d+:\d+: samples\[1\]\.errors: expected number, received string/)
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, error: { kind: 'ReplayFileError' } })
  })

  it('names a missing file', async () => {
    const run = await replay('/nonexistent/replay.json')
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('cannot read replay file /nonexistent/replay.json')
  })

  it.each([
    ['invalid JSON', '{"deployment": ', /replay\.json:1:\d+: invalid JSON/],
    [
      'an unknown signal',
      { deployment, samples: [{ at: deployment.deployedAt, signal: 'cpu' }] },
      /samples\[0\]\.signal: expected one of http, websocket, health, security-alert, got "cpu"/,
    ],
    [
      'more errors than requests',
      { deployment, samples: [bucket(0, 10, 11)] },
      /samples\[0\]\.errors: errors must not exceed requests/,
    ],
    [
      'a bad timestamp',
      { deployment, samples: [{ ...bucket(0, 1, 0), at: 'yesterday' }] },
      /samples\[0\]\.at: Invalid ISO datetime/,
    ],
    ['a missing deployment', { samples: [] }, /deployment: expected object/],
    [
      'an unknown threshold',
      { deployment, thresholds: { errorrate: 0.1 }, samples: [] },
      /thresholds: Unrecognized key: "errorrate"/,
    ],
    [
      'a share above 1',
      { deployment, thresholds: { errorRate: 5 }, samples: [] },
      /thresholds\.errorRate: Too big/,
    ],
  ])('rejects %s', (_name, content, message) => {
    const text = typeof content === 'string' ? content : JSON.stringify(content, null, 1)
    expect(() => parseReplay(text, 'replay.json')).toThrow(ReplayFileError)
    expect(() => parseReplay(text, 'replay.json')).toThrow(message)
  })

  it('lists every problem, not only the first', () => {
    const text = JSON.stringify({
      deployment,
      samples: [bucket(0, 10, 11), { signal: 'websocket', at: deployment.deployedAt }],
    })
    const error = (() => {
      try {
        parseReplay(text, 'r.json')
      } catch (e) {
        return e as ReplayFileError
      }
      throw new Error('expected a ReplayFileError')
    })()
    expect(error.problems.map((p) => p.path.join('.'))).toEqual([
      'samples.0.errors',
      'samples.1.attempts',
      'samples.1.failures',
    ])
  })
})
