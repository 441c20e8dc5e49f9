/**
 * A deploy that always finishes: `launchgate deploy` (the CLI built from the work tree, a child
 * process) talks to the GitHub fake (validated against GitHub's OpenAPI description) through the
 * fault proxy, and is killed with SIGKILL at each step boundary after the merge, or loses the
 * answer of its writes. The next dispatch, with the same inputs and no faults, must carry the
 * release through: one merge, one deployment of the merge ending `success`, no deployment left
 * without an end, smoke tests run.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { stringify } from 'yaml'
import { startExampleApp, type ExampleApp } from '../../src/rehearsal/app/index.js'
import { watchBranch, type AutoHost } from '../deploy/support/auto-host.js'
import { startFaultProxy, type FaultProxy, type ProxyRule } from '../support/fault-proxy.js'
import { startGitHubServer, type GitHubServer, type RepoState } from '../support/github-server/index.js'
import { buildCli, runChild, type BuiltCli, type ChildRun } from './support/cli-child.js'

const PROTECTED =
  'Protected branch update failed for refs/heads/main: Changes must be made through a pull request.'
const ENDED = ['success', 'failure', 'inactive', 'error']

let cli: BuiltCli
let gh: GitHubServer
let repo: RepoState
let app: ExampleApp
let auto: AutoHost
let github: FaultProxy
let appProxy: FaultProxy
let dir: string
let stagingSha: string
let pid: number | undefined

beforeAll(async () => {
  cli = await buildCli()
})
afterAll(async () => {
  await cli?.close()
})

beforeEach(async () => {
  gh = await startGitHubServer()
  repo = gh.state.addRepo('acme', 'wheels', { defaultBranch: 'main' })
  repo.git.setBranch('staging', repo.git.branches.get('main'))
  repo.git.commit('staging', 'week 4: polish')
  stagingSha = repo.git.branches.get('staging')!
  repo.addCheckRun(stagingSha, { name: 'ci' })
  app = await startExampleApp({ sha: repo.git.branches.get('main')! })
  // The host deploys main whenever it moves, whoever moved it: a killed run's merge goes live.
  auto = watchBranch(
    async () => repo.git.branches.get('main'),
    (sha) => app.setSha(sha),
  )
  github = await startFaultProxy(gh.url)
  // The smoke tests reach the app through a proxy of their own, so a test can kill during them.
  appProxy = await startFaultProxy(app.url)
  dir = await mkdtemp(path.join(os.tmpdir(), 'lg-redispatch-'))
  await mkdir(path.join(dir, '.github'))
  await writeFile(path.join(dir, '.github', 'launchgate.yml'), stringify(config()))
})

afterEach(async () => {
  await auto.stop()
  await Promise.all([github.close(), appProxy.close(), app.close(), gh.close()])
  await rm(dir, { recursive: true, force: true })
})

function config() {
  return {
    version: 1,
    deploy: {
      'poll-seconds': 0.05,
      'wait-timeout-minutes': 0.5,
      checklist: { migrations: false, changelog: false },
      targets: [{ name: 'app', kind: 'health', 'health-url': `${app.url}/api/health`, url: app.url }],
      smoke: {
        'base-url': appProxy.url,
        tests: [{ name: 'health', kind: 'http', path: '/api/health', expect: { json: { status: 'pass' } } }],
      },
    },
  }
}

function deploy(): Promise<ChildRun> {
  const args = ['deploy', '--repo', 'acme/wheels', '--api-url', github.url, '--root', dir, '--format', 'json']
  return runChild(cli.script, args, {
    cwd: dir,
    env: {
      HOME: dir,
      GITHUB_TOKEN: 'ghs_redispatch_token_1234',
      LAUNCHGATE_RETRY_BASE_MS: '1',
      LAUNCHGATE_WRITE_SPACING_MS: '0',
      LAUNCHGATE_GITHUB_TIMEOUT_MS: '3000',
    },
    onSpawn: (p) => (pid = p),
    timeoutMs: 45_000,
  })
}

const kill = () => {
  if (pid !== undefined) process.kill(pid, 'SIGKILL')
}

const MERGES = /\/repos\/acme\/wheels\/merges$/
const DEPLOYMENTS = /\/repos\/acme\/wheels\/deployments$/
const STATUSES = /\/repos\/acme\/wheels\/deployments\/\d+\/statuses$/
const PULL_MERGE = /\/repos\/acme\/wheels\/pulls\/\d+\/merge$/

interface Report {
  ok: boolean
  result: string
  title: string
  sha?: string
  deploymentId?: number
  smoke: { name: string; ok: boolean }[]
}

function report(run: ChildRun): Report {
  try {
    return JSON.parse(run.stdout) as Report
  } catch {
    throw new Error(`no JSON report (exit ${run.code}):\n${run.stdout}\n${run.stderr}`)
  }
}

/** One merge of staging, one deployment of it ending success, every deployment ended. */
function expectConverged(run: ChildRun): void {
  const out = report(run)
  expect({ code: run.code, result: out.result }).toEqual({ code: 0, result: 'success' })
  expect(out.smoke.map((t) => [t.name, t.ok])).toEqual([['health', true]])
  const merges = [...repo.git.commits.values()].filter((c) => c.parents[1] === stagingSha)
  expect(merges).toHaveLength(1)
  const main = repo.git.branches.get('main')!
  expect(merges[0]!.sha).toBe(main)
  expect(out.sha).toBe(main)
  const ofMain = [...repo.deployments.values()].filter((d) => d.sha === main)
  expect(ofMain.map((d) => d.id)).toEqual([out.deploymentId])
  expect(newestState(out.deploymentId!)).toBe('success')
  for (const id of repo.deployments.keys()) expect(ENDED).toContain(newestState(id))
  gh.assertNoViolations()
}

function newestState(deploymentId: number): string | undefined {
  return repo.deploymentStatuses.filter((s) => s.deploymentId === deploymentId).sort((a, b) => b.id - a.id)[0]
    ?.state
}

function killAfter(method: string, path: RegExp): ProxyRule {
  return { method, path, fault: { kind: 'kill', when: 'after', kill } }
}

/** The kill -9 of a first run at each step after the merge, each followed by a clean re-dispatch. */
const kills: Array<[string, () => void]> = [
  ['after the merge', () => github.add(killAfter('POST', MERGES))],
  ['after createDeployment', () => github.add(killAfter('POST', DEPLOYMENTS))],
  ['after the in_progress status', () => github.add(killAfter('POST', STATUSES))],
  [
    'during the smoke tests',
    () => appProxy.add({ method: 'GET', path: '/api/health', fault: { kind: 'kill', when: 'before', kill } }),
  ],
]

describe('a re-dispatched deploy finishes what a killed one started (CLI child process, GitHub fake)', () => {
  it.each(kills)('killed -9 %s: the next dispatch releases the merge once', async (_name, arm) => {
    arm()
    const killed = await deploy()
    expect(killed.signal).toBe('SIGKILL')
    github.clear()
    appProxy.clear()
    const again = await deploy()
    expectConverged(again)
    expect(again.stderr).toContain('which an interrupted run did not release')
  })

  it('under branch protection, killed after the pull request merged: released, no second PR', async () => {
    gh.fail({ method: 'POST', path: '/merges', status: 409, times: Infinity, body: { message: PROTECTED } })
    github.add(killAfter('PUT', PULL_MERGE))
    expect((await deploy()).signal).toBe('SIGKILL')
    github.clear()
    const again = await deploy()
    expectConverged(again)
    expect(repo.pulls()).toHaveLength(1)
    expect(repo.pulls()[0]!.pull).toMatchObject({
      merged: true,
      mergeCommitSha: repo.git.branches.get('main'),
    })
    // A third dispatch has nothing to do and says which deployment released the merge.
    const third = await deploy()
    expect(third.code).toBe(0)
    expect(report(third).title).toBe(
      `Nothing to merge: main already contains staging (${stagingSha.slice(0, 12)}), released as ${repo.git.branches.get('main')!.slice(0, 12)} by deployment ${report(again).deploymentId} (success)`,
    )
  })

  it('killed -9 in progress, then staging moves: the next dispatch closes the orphan and releases the new merge', async () => {
    github.add(killAfter('POST', STATUSES))
    expect((await deploy()).signal).toBe('SIGKILL')
    github.clear()
    const [orphan] = [...repo.deployments.keys()]
    expect(newestState(orphan!)).toBe('in_progress')
    repo.git.commit('staging', 'hotfix on top')
    stagingSha = repo.git.branches.get('staging')!
    repo.addCheckRun(stagingSha, { name: 'ci' })
    const again = await deploy()
    expect({ code: again.code, result: report(again).result }).toEqual({ code: 0, result: 'success' })
    expect(report(again).deploymentId).not.toBe(orphan)
    const closed = repo.deploymentStatuses
      .filter((s) => s.deploymentId === orphan)
      .sort((a, b) => b.id - a.id)[0]
    expect(closed).toMatchObject({ state: 'inactive' })
    expect(closed!.description).toMatch(
      new RegExp(
        `^the run that made it was interrupted; superseded by deployment ${report(again).deploymentId}`,
      ),
    )
    for (const id of repo.deployments.keys()) expect(ENDED).toContain(newestState(id))
    gh.assertNoViolations()
  })

  it.each([
    ['the merge', MERGES],
    ['createDeployment', DEPLOYMENTS],
  ])('the answer of %s lost on every attempt: one run converges', async (_name, route) => {
    github.add({ method: 'POST', path: route, times: Infinity, fault: { kind: 'lost', status: 502 } })
    const run = await deploy()
    expectConverged(run)
    expect(github.log.filter((l) => l.fault === 'lost')).toHaveLength(1)
  })
})
