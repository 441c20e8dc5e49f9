/**
 * Exactly one rollback under faults: the bundled monitor action (dist/monitor.js, fresh from
 * `npm run bundle`) talks to the GitHub fake through the fault proxy. Each scenario breaks the
 * first rollback run one way (a write done but its answer lost, an error, a kill -9 at a write),
 * then runs the monitor again without faults, as the next scheduled run would; the repository
 * must hold one rollback PR labelled `rollback`, one rollback issue, and the links between them.
 */
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { FAKE_SENTRY_TOKEN } from '../support/sentry-server/index.js'
import { startFaultProxy, type Fault, type FaultProxy, type ProxyRule } from '../support/fault-proxy.js'
import { runBundledAction, type ActionRun } from '../support/runner.js'
import { createGitHubWorld, type GitHubWorld } from '../monitor/support/github-world.js'

jest.setTimeout(120_000)

let world: GitHubWorld
let proxy: FaultProxy
let pid: number | undefined

beforeEach(async () => {
  world = await createGitHubWorld()
  proxy = await startFaultProxy(world.gh.url)
  world.app.setFault('db-down')
})

afterEach(async () => {
  await proxy?.close()
  await world?.cleanup()
})

function runMonitor(): Promise<ActionRun> {
  return runBundledAction('monitor', {
    workspace: world.checkout,
    apiUrl: proxy.url,
    repository: 'acme/app',
    githubToken: 'ghs_fault_test_token_1234',
    eventName: 'schedule',
    inputs: { 'sentry-token': FAKE_SENTRY_TOKEN, force: 'true' },
    env: {
      ...world.repo.work.env,
      LAUNCHGATE_WRITE_SPACING_MS: '0',
      LAUNCHGATE_RETRY_BASE_MS: '1',
      LAUNCHGATE_GITHUB_TIMEOUT_MS: '1500',
    },
    timeoutMs: 60_000,
    onSpawn: (p) => (pid = p),
  })
}

const kill = () => {
  if (pid !== undefined) process.kill(pid, 'SIGKILL')
}

const ISSUES = /\/repos\/acme\/app\/issues$/
const PULLS = /\/repos\/acme\/app\/pulls$/
const PR_LABELS = /\/repos\/acme\/app\/issues\/\d+\/labels$/
const ISSUE_PATCH = /\/repos\/acme\/app\/issues\/\d+$/

/**
 * Answers lost on each write of a rollback. Every other fault on every kind of write is tried on
 * the GitHub forge directly (github-writes.test.ts), where a scenario takes milliseconds.
 */
const lostAnswers: Array<[string, ProxyRule[]]> = [
  ['502 after POST /issues and POST /pulls were done', [lost('POST', ISSUES), lost('POST', PULLS)]],
  [
    'a reset after POST /issues, a truncated body after POST /pulls, 502 after the link',
    [
      rule('POST', ISSUES, { kind: 'lost-reset' }),
      rule('POST', PULLS, { kind: 'truncate' }),
      lost('PATCH', ISSUE_PATCH),
    ],
  ],
]

/** A kill -9 before or after each write of a first rollback run. */
const kills: Array<[string, ProxyRule]> = [
  ['before POST /issues (the branch pushed)', killAt('POST', ISSUES, 'before')],
  ['after POST /issues', killAt('POST', ISSUES, 'after')],
  ['after POST /pulls (before its label)', killAt('POST', PULLS, 'after')],
  ['after the PR label (before the link)', killAt('POST', PR_LABELS, 'after')],
]

describe('the monitor rollback under faults (dist/monitor.js through the fault proxy)', () => {
  it.each(lostAnswers)('%s: one PR, one issue, labelled and linked', async (_name, rules) => {
    for (const r of rules) proxy.add(r)
    const first = await runMonitor()
    expect(first.stderr).not.toContain('a bug in launchgate')
    proxy.clear()
    expect(proxy.log.filter((l) => l.fault !== undefined)).toHaveLength(rules.length)
    const again = await runMonitor()
    expect(again.outputs.decision).toBe('rollback')
    expectOneLinkedRollback()
  })

  it.each(kills)('killed -9 %s: the next run converges', async (_name, killRule) => {
    proxy.add(killRule)
    const killed = await runMonitor()
    expect(killed.code).toBeNull()
    proxy.clear()
    const next = await runMonitor()
    expect(next.outputs.decision).toBe('rollback')
    expectOneLinkedRollback()
    expectOneLinkedRollback()
  })
})

function expectOneLinkedRollback(): void {
  const pulls = world.state.pulls()
  const issues = [...world.state.issues.values()].filter((i) => !i.pull && i.state === 'open')
  expect(pulls).toHaveLength(1)
  expect(issues).toHaveLength(1)
  const [pull] = pulls
  const [issue] = issues
  expect(pull!.labels).toContain('rollback')
  expect(issue!.labels).toContain('rollback')
  expect(issue!.body).toContain(`#${pull!.number}`)
  expect(pull!.body).toContain(`#${issue!.number}`)
}

function rule(method: string, path: RegExp, fault: Fault): ProxyRule {
  return { method, path, fault }
}

function lost(method: string, path: RegExp): ProxyRule {
  return rule(method, path, { kind: 'lost', status: 502 })
}

function killAt(method: string, path: RegExp, when: 'before' | 'after'): ProxyRule {
  return rule(method, path, { kind: 'kill', when, kill })
}
