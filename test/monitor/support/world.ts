/**
 * The world of a live monitor test, all real parts on loopback: a git repository whose `main`
 * holds the deployed merge (and a later commit), the example app serving that release, a fake
 * Sentry validated against Sentry's description with the release's traffic, and the config file.
 * The forge (local, or the GitHub test server) is added by `local-world.ts` or `github-world.ts`.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startExampleApp, type ExampleApp } from '../../../src/rehearsal/app/index.js'
import { FAKE_SENTRY_TOKEN, startSentryServer, type SentryServer } from '../../support/sentry-server/index.js'
import { createDeployedRepo, type DeployedRepo } from '../../rollback/support/deployed-repo.js'

const MINUTE = 60_000
const BUCKET = 5 * MINUTE

/** Traffic of the release in Sentry, per 5-minute bucket. */
export interface Traffic {
  requests: number
  failureRate: number
  p95Ms: number
}

export const HEALTHY: Traffic = { requests: 1000, failureRate: 0.01, p95Ms: 320 }

export interface MonitorWorld {
  repo: DeployedRepo
  app: ExampleApp
  sentry: SentryServer
  /** When the release went live: 21 minutes ago, so the check of minute 21 is due now. */
  deployedAt: number
  /** Environment of a CLI run: tokens and an isolated git. */
  env: Record<string, string>
  /** Writes `.github/launchgate.yml` into `root` with the monitor section pointing at this world. */
  writeConfig(root: string, extra?: string): Promise<void>
  /** Sets the release's traffic in every bucket since the deploy (and the one filling now). */
  setTraffic(traffic: Traffic, from?: number): void
  /** A temp folder removed by cleanup. */
  tempDir(): Promise<string>
  cleanup(): Promise<void>
}

/** Builds the world; the release in the app is the deployed merge. */
export async function createWorld(): Promise<MonitorWorld> {
  const repo = await createDeployedRepo()
  let app: ExampleApp | undefined
  let sentry: SentryServer
  try {
    app = await startExampleApp({ sha: repo.merge })
    sentry = await startSentryServer({ org: 'acme', projects: ['web'] })
  } catch (error) {
    // Whatever started must stop, or Jest waits on its sockets.
    await app?.close()
    await repo.cleanup()
    throw error
  }
  return assemble(repo, app, sentry)
}

function assemble(repo: DeployedRepo, app: ExampleApp, sentry: SentryServer): MonitorWorld {
  const deployedAt = Date.now() - 21 * MINUTE
  const dirs: string[] = []
  const points = (value: (t: number) => number, from: number) => {
    const out: Array<{ at: number; value: number }> = []
    for (let t = Math.floor(from / BUCKET) * BUCKET; t <= Date.now() + BUCKET; t += BUCKET)
      out.push({ at: t, value: value(t) })
    return out
  }
  const world: MonitorWorld = {
    repo,
    app,
    sentry,
    deployedAt,
    env: { ...repo.work.env, SENTRY_AUTH_TOKEN: FAKE_SENTRY_TOKEN, LAUNCHGATE_RETRY_BASE_MS: '1' },
    async writeConfig(root, extra = '') {
      await mkdir(join(root, '.github'), { recursive: true })
      const yaml = [
        'monitor:',
        '  base-branch: main',
        '  sentry:',
        `    url: ${sentry.url}`,
        '    org: acme',
        '    project: web',
        '  health:',
        `    url: ${app.url}/api/health`,
        '    probes: 5',
        '    timeout-ms: 2000',
        '  websocket:',
        `    url: ${app.wsUrl}`,
        '    probes: 10',
        '    timeout-ms: 2000',
        '  min-samples:',
        '    websocket-attempts: 10',
        extra,
      ].join('\n')
      await writeFile(join(root, '.github', 'launchgate.yml'), `${yaml}\n`)
    },
    setTraffic(traffic, from = deployedAt - BUCKET) {
      const query = `release:${repo.merge}`
      sentry.state.setSeries({ yAxis: 'count()', query, points: points(() => traffic.requests, from) })
      sentry.state.setSeries({
        yAxis: 'failure_rate()',
        query,
        points: points(() => traffic.failureRate, from),
      })
      sentry.state.setSeries({
        yAxis: 'p95(span.duration)',
        query,
        points: points(() => traffic.p95Ms, from),
      })
    },
    async tempDir() {
      const dir = await mkdtemp(join(tmpdir(), 'launchgate-monitor-'))
      dirs.push(dir)
      return dir
    },
    async cleanup() {
      try {
        sentry.assertNoViolations()
      } finally {
        await Promise.all([app.close(), sentry.close()])
        await repo.cleanup()
        await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })))
      }
    },
  }
  world.setTraffic(HEALTHY)
  return world
}
