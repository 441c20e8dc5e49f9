/**
 * The world of the end-to-end rehearsal test, every part real and on loopback: the bundled example
 * (examples/wheels-and-wins) as a git repository with `main`, `staging` and the week-4 change on a
 * branch of its own, pushed to a bare remote that the GitHub test server mirrors (so pushes, the
 * deploy's merge and the monitor's revert branch exist in both); the pull request of the change in
 * the fake; the example app as production; and the Sentry test server with the release's traffic.
 *
 * The config the example ships points deploy and monitor at the real hosts; the world commits a
 * copy that points them at the app and Sentry on loopback, in the base commit, so every checkout
 * (the PR's, the deploy's, the monitor's) reads the same file, as a team's repository would.
 */
import { execFile } from 'node:child_process'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { parse, stringify } from 'yaml'
import { startExampleApp, type ExampleApp } from '../../../src/rehearsal/app/index.js'
import { createBareRemote, createTempRepo, type BareRemote, type TempRepo } from '../../support/git-repos.js'
import { startGitHubServer, type GitHubServer, type RepoState } from '../../support/github-server/index.js'
import { REPO_ROOT } from '../../support/runner.js'
import { startSentryServer, type SentryServer } from '../../support/sentry-server/index.js'
import { mirrorRemote, type GitHubMirror } from '../../rollback/support/github-mirror.js'

const exec = promisify(execFile)

export const EXAMPLE = path.join(REPO_ROOT, 'examples', 'wheels-and-wins')
export const PATCH = path.join(EXAMPLE, 'rehearsal', 'week4-consolidation.patch')
export const OWNER = 'acme'
export const NAME = 'wheels'
export const BRANCH = 'week4/consolidation'
/** Folders of a working copy of the example that are not its sources (as the rehearsal skips them). */
const SKIP = new Set(['node_modules', '.launchgate', '.cache'])
const MINUTE = 60_000
const BUCKET = 5 * MINUTE

export interface E2EWorld {
  gh: GitHubServer
  /** The repository in the GitHub fake. */
  repo: RepoState
  sentry: SentryServer
  app: ExampleApp
  /** Work tree, checked out at the change's head. */
  work: TempRepo
  remote: BareRemote
  /** main before the change (the base of the pull request). */
  base: string
  /** Head of the week-4 change. */
  head: string
  pullNumber: number
  /** A full clone of the remote, as actions/checkout with fetch-depth 0 gives a runner. */
  checkout(ref?: string): Promise<string>
  /** A temporary folder removed by cleanup. */
  tempDir(prefix: string): Promise<string>
  /** Registers something to stop or remove at cleanup (a watcher, a folder). */
  onCleanup(stop: () => Promise<unknown>): void
  /** Stops every server, watcher and child and removes every temp folder; never throws. */
  cleanup(): Promise<unknown[]>
}

/** Healthy traffic of the release in Sentry: 1,000 requests per bucket, 1% failures, P95 320 ms. */
export function setHealthyTraffic(sentry: SentryServer, from = Date.now() - 30 * MINUTE): void {
  const points = (value: number) => {
    const out: Array<{ at: number; value: number }> = []
    for (let t = Math.floor(from / BUCKET) * BUCKET; t <= Date.now() + 2 * BUCKET; t += BUCKET)
      out.push({ at: t, value })
    return out
  }
  sentry.state.setSeries({ yAxis: 'count()', points: points(1000) })
  sentry.state.setSeries({ yAxis: 'failure_rate()', points: points(0.01) })
  sentry.state.setSeries({ yAxis: 'p95(span.duration)', points: points(320) })
}

/** The example's config with deploy and monitor pointed at the app and Sentry on loopback. */
export async function rehearsalConfig(app: ExampleApp, sentry: SentryServer): Promise<string> {
  const example = parse(await readFile(path.join(EXAMPLE, '.github', 'launchgate.yml'), 'utf8')) as {
    deploy: { smoke: Record<string, unknown> } & Record<string, unknown>
    monitor: Record<string, unknown>
  } & Record<string, unknown>
  const config = {
    ...example,
    deploy: {
      ...example.deploy,
      targets: [
        { name: 'backend health', kind: 'health', 'health-url': `${app.url}/api/health`, url: app.url },
      ],
      smoke: { ...example.deploy.smoke, 'base-url': app.url },
      'poll-seconds': 0.05,
      'wait-timeout-minutes': 0.5,
      sentry: { 'api-url': sentry.url, org: 'acme', projects: ['web'], repository: `${OWNER}/${NAME}` },
    },
    monitor: {
      ...example.monitor,
      'base-branch': 'main',
      sentry: { url: sentry.url, org: 'acme', project: 'web' },
      health: { url: `${app.url}/api/health`, probes: 5, 'timeout-ms': 2000 },
      websocket: { url: app.wsUrl, probes: 10, 'timeout-ms': 2000 },
      'min-samples': { 'websocket-attempts': 10 },
    },
  }
  return `# The example's config, pointed at loopback by the end-to-end test.\n${stringify(config)}`
}

/** Builds the world; on any failure, stops what started and rethrows. */
export async function createE2EWorld(): Promise<E2EWorld> {
  const stops: Array<() => Promise<unknown>> = []
  const cleanup = async () => {
    // Last started, first stopped; every stop runs even when one fails.
    const results = []
    for (const stop of stops.splice(0).reverse()) results.push(await stop().catch((e: unknown) => e))
    return results.filter((r) => r instanceof Error)
  }
  // The test's own temp folders (checkouts, artifacts) go under one root, removed last.
  const root = await mkdtemp(path.join(tmpdir(), 'lg-e2e-'))
  stops.push(() => rm(root, { recursive: true, force: true }))
  try {
    const gh = await startGitHubServer()
    stops.push(() => gh.close())
    const sentry = await startSentryServer({ org: 'acme', projects: ['web'] })
    stops.push(() => sentry.close())
    const app = await startExampleApp({ sha: 'not-deployed-yet' })
    stops.push(() => app.close())

    const work = await createTempRepo()
    stops.push(() => work.cleanup())
    await cp(EXAMPLE, work.dir, { recursive: true, filter: (src) => !SKIP.has(path.basename(src)) })
    await writeFile(path.join(work.dir, '.github', 'launchgate.yml'), await rehearsalConfig(app, sentry))
    const base = await work.commit('Wheels & Wins before week 4')
    app.setSha(base)
    await work.branch('staging')
    await work.branch(BRANCH, 'staging')
    await work.git('apply', '--index', PATCH)
    const head = await work.commit('Consolidate PAM WebSocket hooks and components (phases 2 and 3)')
    const remote = await createBareRemote(work)

    const repo = gh.state.addRepo(OWNER, NAME, { defaultBranch: 'main' })
    const mirror: GitHubMirror = await mirrorRemote(remote.dir, work.env, repo)
    stops.push(() => mirror.close())
    await Promise.all(['main', 'staging', BRANCH].map((b) => mirror.sync(b)))
    const pull = repo.addPullRequest({
      title: 'Week 4: consolidate PAM WebSocket and components',
      body: 'Phases 2 and 3 of the launch plan: 4 WebSocket implementations become 1, Pam + PamAssistant become 1.',
      head: BRANCH,
      base: 'staging',
      files: await changedFiles(work, base, head),
    })
    setHealthyTraffic(sentry)

    const tempDir = (prefix: string) => mkdtemp(path.join(root, prefix))
    return {
      ...{ gh, repo, sentry, app, work, remote, base, head, pullNumber: pull.number, tempDir, cleanup },
      async checkout(ref = 'main') {
        const dir = path.join(await tempDir('lg-e2e-checkout-'), 'repo')
        await exec('git', ['clone', '--quiet', '--branch', ref, remote.dir, dir], {
          env: { ...process.env, ...work.env },
        })
        return dir
      },
      onCleanup: (stop) => void stops.push(stop),
    }
  } catch (error) {
    await cleanup()
    throw error
  }
}

/** The pull request's files as `GET /pulls/{n}/files` lists them. */
async function changedFiles(work: TempRepo, base: string, head: string) {
  const status = { A: 'added', D: 'removed', M: 'modified' } as const
  return (await work.git('diff', '--name-status', '--no-renames', base, head))
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [code = 'M', filename = ''] = line.split('\t')
      return { filename, status: status[code as keyof typeof status] ?? ('modified' as const) }
    })
}
