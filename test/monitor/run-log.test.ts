/** The monitor's memory between runs: a run as a deployment status description, and back. */
import { describe, expect, it } from '@jest/globals'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DeploymentStatusLog, watchedFrom } from '../../src/monitor/deployments.js'
import type { MonitorRunRecord } from '../../src/monitor/ports.js'
import {
  DESCRIPTION_MAX,
  decodeRun,
  encodeRun,
  isRunLog,
  recordedSignals,
} from '../../src/monitor/run-log.js'
import type { Deployment, DeploymentStatus } from '../../src/ports/forge.js'
import { LocalForge } from '../../src/ports/local-forge.js'
import { createBareRemote, createTempRepo } from '../support/git-repos.js'

const DEPLOYED = Date.parse('2026-01-10T17:00:00Z')

const run: MonitorRunRecord = {
  at: DEPLOYED + 912_400,
  decision: 'rollback',
  signals: [
    { signal: 'error-rate', verdict: 'PASS' },
    { signal: 'p95', verdict: 'INCONCLUSIVE', cause: 'rate-limited' },
    { signal: 'websocket-failures', verdict: 'FAIL' },
    { signal: 'health', verdict: 'INCONCLUSIVE', cause: 'no-data' },
    { signal: 'health.database:connection', verdict: 'FAIL' },
    { signal: 'security', verdict: 'PASS' },
  ],
  websocket: { attempts: 20, failures: 19 },
}

describe('the run log', () => {
  it('writes a run in one readable line within GitHub’s 140 characters', () => {
    const line = encodeRun(run, DEPLOYED)
    expect(line).toBe('launchgate-monitor t=912 rollback e=P p=I:rl w=F h=I:nd s=P ws=19/20')
    expect(line.length).toBeLessThanOrEqual(DESCRIPTION_MAX)
    expect(isRunLog(line)).toBe(true)
  })

  it('reads it back: the plan signals, their causes and the probe bucket, to the second', () => {
    const back = decodeRun(encodeRun(run, DEPLOYED), DEPLOYED)
    expect(back).toEqual({ ...recordedSignals(run), at: DEPLOYED + 912_000 })
    expect(back?.signals.map((s) => s.signal)).not.toContain('health.database:connection')
  })

  it('ignores every status that is not a record', () => {
    for (const text of [
      undefined,
      '',
      'Deployed by launchgate',
      'launchgate-monitor t=x healthy',
      'launchgate-monitor t=5 maybe',
    ]) {
      expect(decodeRun(text, DEPLOYED)).toBeUndefined()
    }
    expect(decodeRun('launchgate-monitor t=60 healthy e=P zz=Q', DEPLOYED)?.signals).toEqual([
      { signal: 'error-rate', verdict: 'PASS' },
    ])
  })
})

describe('the watched deployment', () => {
  const deployment: Deployment = {
    id: 7,
    sha: 'a'.repeat(40),
    ref: 'main',
    environment: 'production',
    createdAt: '2026-01-10T16:55:00Z',
    payload: { pull_request: 12 },
  }
  const status = (state: DeploymentStatus['state'], at: string, description?: string): DeploymentStatus => ({
    id: Date.parse(at),
    state,
    createdAt: at,
    description,
    environmentUrl: 'https://app.example.com',
  })

  it('went live at its first success; the monitor’s own statuses do not move that', () => {
    const statuses = [
      status('success', '2026-01-10T17:20:00Z', 'launchgate-monitor t=1200 healthy e=P'),
      status('success', '2026-01-10T17:10:00Z', 'redeployed'),
      status('success', '2026-01-10T17:00:00Z'),
      status('in_progress', '2026-01-10T16:56:00Z'),
    ]
    expect(watchedFrom(deployment, statuses)).toEqual({
      deployment: {
        id: 7,
        sha: deployment.sha,
        deployedAt: DEPLOYED,
        environment: 'production',
        ref: 'main',
        pullRequest: 12,
        url: 'https://app.example.com',
      },
    })
  })

  it('is not watched while deploying or once the deploy failed or was replaced', () => {
    expect(watchedFrom(deployment, [])).toEqual({ reason: expect.stringContaining('no status yet') })
    const failed = watchedFrom(deployment, [
      status('failure', '2026-01-10T17:01:00Z'),
      status('success', '2026-01-10T17:00:00Z'),
    ])
    expect(failed).toEqual({ reason: expect.stringContaining('is failure') })
    const bySha = watchedFrom({ ...deployment, ref: deployment.sha }, [
      status('success', '2026-01-10T17:00:00Z'),
    ])
    expect(bySha.deployment?.ref).toBeUndefined()
  })
})

describe('the run log on a forge', () => {
  it('reads two runs of the same second in the order they ran, so the later one is the latest', async () => {
    // A loaded machine can run two monitor checks within one second; a record keeps whole seconds,
    // and forges list statuses newest first: the later run must still read as the latest bucket.
    const work = await createTempRepo()
    const stateDir = await mkdtemp(join(tmpdir(), 'lg-run-log-'))
    try {
      const remote = await createBareRemote(work)
      const forge = await LocalForge.open({
        gitDir: remote.dir,
        stateDir,
        repo: { owner: 'acme', repo: 'app' },
        env: work.env,
      })
      const deployment = await forge.createDeployment({ ref: 'main', environment: 'production' })
      const watched = {
        id: deployment.id,
        sha: deployment.sha,
        deployedAt: DEPLOYED,
        environment: 'production',
      }
      const log = new DeploymentStatusLog(forge)
      const at = DEPLOYED + 1_200
      await log.record(watched, {
        at,
        decision: 'healthy',
        signals: [],
        websocket: { failures: 0, attempts: 10 },
      })
      await log.record(watched, {
        at: at + 300,
        decision: 'inconclusive',
        signals: [],
        websocket: { failures: 10, attempts: 10 },
      })
      const history = await log.history(watched)
      expect(history.map((r) => [r.at, r.decision, r.websocket?.failures])).toEqual([
        [DEPLOYED + 1_000, 'healthy', 0],
        [DEPLOYED + 1_000, 'inconclusive', 10],
      ])
    } finally {
      await work.cleanup()
      await rm(stateDir, { recursive: true, force: true })
    }
  })
})
