/**
 * The replay format is documented where a user looks for it: the README's example parses, names
 * every field the reader accepts, and the example file in examples/ decides what the README says.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parseReplay } from '../../src/monitor/replay.js'
import { cli } from '../support/cli.js'
import { REPO_ROOT } from '../support/runner.js'

async function replaySection(): Promise<string> {
  const readme = await readFile(path.join(REPO_ROOT, 'README.md'), 'utf8')
  const start = readme.indexOf('### Replaying a monitor run')
  expect(start).toBeGreaterThan(0)
  return readme.slice(start, readme.indexOf('\n## ', start))
}

describe('the replay format in the README', () => {
  it('shows an example that the reader accepts, with every kind of sample', async () => {
    const section = await replaySection()
    const example = /```json\n([\s\S]*?)\n```/.exec(section)?.[1]
    expect(example).toBeDefined()
    const replay = parseReplay(example!, 'README.md')
    expect(new Set(replay.samples.map((s) => s.signal))).toEqual(
      new Set(['http', 'websocket', 'health', 'security-alert']),
    )
    expect(replay.samples.some((s) => 'error' in s)).toBe(true)
  })

  it('names every field the reader accepts', async () => {
    const section = await replaySection()
    const fields = ['deployedAt', 'now', 'thresholds', 'sources', 'samples', 'end', 'complete']
    const sampleFields = ['requests', 'errors', 'p95Ms', 'attempts', 'failures', 'ok', 'status', 'latencyMs']
    const more = ['checks', 'severity', 'summary', 'url', 'error', 'errorRate', 'websocketFailureRate']
    const thresholds = [
      'minRequests',
      'minWebsocketAttempts',
      'healthProbes',
      'consecutiveBuckets',
      'confidence',
    ]
    for (const field of [...fields, ...sampleFields, ...more, ...thresholds])
      expect({ field, documented: new RegExp(`\`[^\`]*\\b${field}\\b[^\`]*\``).test(section) }).toEqual({
        field,
        documented: true,
      })
  })

  it('links an example file that decides a rollback, as the README says', async () => {
    const section = await replaySection()
    expect(section).toContain('(examples/monitor/replay.json)')
    const run = await cli(
      ['monitor', '--replay', 'examples/monitor/replay.json', '--format', 'json'],
      REPO_ROOT,
    )
    expect(run.code).toBe(1)
    const doc = JSON.parse(run.stdout) as { decision: string; triggers: Array<{ signal: string }> }
    expect(doc.decision).toBe('rollback')
    expect(doc.triggers.map((t) => t.signal)).toEqual(['error-rate'])
  })
})
