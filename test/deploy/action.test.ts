/**
 * actions/deploy (dist/deploy.js) run as the runner runs it: INPUT_*, GITHUB_OUTPUT, the job
 * summary, against the GitHub API test server, a checkout with staging and main, the example app
 * serving main when it moves, and the Sentry fake receiving the pipeline's own errors.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { stringify } from 'yaml'
import { startExampleApp, type ExampleApp } from '../../src/rehearsal/app/index.js'
import { createBareRemote, createTempRepo, type TempRepo } from '../support/git-repos.js'
import { startGitHubServer, type GitHubServer, type RepoState } from '../support/github-server/index.js'
import { runBundledAction } from '../support/runner.js'
import { startSentryServer, type SentryServer } from '../support/sentry-server/index.js'
import { watchBranch, type AutoHost } from './support/auto-host.js'

const TOKEN = 'ghs_deploy_action_token'
const SECRETS = {
  SUPABASE_URL: 'https://db.example.test/secret-value',
  SMOKE_TEST_EMAIL: 'smoke-test@example.com',
  SMOKE_TEST_PASSWORD: 'smoke-test-password',
}

let gh: GitHubServer
let repo: RepoState
let app: ExampleApp
let sentry: SentryServer
let work: TempRepo
let auto: AutoHost

beforeEach(async () => {
  work = await createTempRepo({ files: { 'CHANGELOG.md': '# Changelog\n', 'app.txt': 'v1\n' } })
  const mainSha = await work.sha()
  await work.branch('staging')
  const stagingSha = await work.commit('release 1.5.0', {
    'CHANGELOG.md': '# Changelog\n\n## 1.5.0\n',
    'app.txt': 'v2\n',
  })
  await work.checkout('main')
  await createBareRemote(work)
  ;[gh, app, sentry] = await Promise.all([
    startGitHubServer(),
    startExampleApp({ sha: mainSha }),
    startSentryServer(),
  ])
  repo = gh.state.addRepo('acme', 'wheels', { defaultBranch: 'main' })
  repo.git.setBranch('main', mainSha)
  repo.git.setBranch('staging', stagingSha)
  repo.addCheckRun(stagingSha, { name: 'ci' })
  auto = watchBranch(
    async () => repo.git.branches.get('main'),
    (sha) => app.setSha(sha),
  )
  const deploy = {
    'poll-seconds': 0.05,
    'wait-timeout-minutes': 0.1,
    checklist: { secrets: ['SUPABASE_URL'], migrations: false },
    targets: [{ name: 'app', kind: 'health', 'health-url': `${app.url}/api/health`, url: app.url }],
    smoke: {
      login: {},
      tests: [
        { name: 'health', kind: 'http', path: '/api/health', expect: { json: { status: 'pass' } } },
        { name: 'login and profile', kind: 'auth', path: '/api/me' },
        { name: 'PAM websocket', kind: 'websocket', path: '/api/v1/pam/ws', 'timeout-ms': 3000 },
      ],
    },
    'rollback-on': [],
  }
  await mkdir(path.join(work.dir, '.github'), { recursive: true })
  await writeFile(path.join(work.dir, '.github', 'launchgate.yml'), stringify({ version: 1, deploy }))
})

afterEach(async () => {
  await auto.stop()
  await Promise.all([gh.close(), app.close(), sentry.close()])
  await work.cleanup()
})

const run = (inputs: Record<string, string> = {}, env: Record<string, string> = SECRETS) =>
  runBundledAction('deploy', {
    workspace: work.dir,
    apiUrl: gh.url,
    repository: 'acme/wheels',
    eventName: 'workflow_dispatch',
    githubToken: TOKEN,
    inputs,
    env: { ...work.env, ...env, LAUNCHGATE_RETRY_BASE_MS: '1', LAUNCHGATE_WRITE_SPACING_MS: '0' },
  })

describe('actions/deploy', () => {
  it('deploys: outputs sha, deployment-id and result; the summary has the checklist, the wait and each smoke test', async () => {
    const result = await run()
    expect(result.stderr).toBe('')
    expect(result.outputs.result).toBe('success')
    expect(result.code).toBe(0)
    const main = repo.git.branches.get('main')!
    expect(result.outputs.sha).toBe(main)
    const deployment = repo.deployments.get(Number(result.outputs['deployment-id']))!
    expect(deployment.sha).toBe(main)
    const statuses = repo.deploymentStatuses.filter((s) => s.deploymentId === deployment.id)
    expect(statuses.map((s) => [s.state, s.logUrl])).toEqual([
      ['in_progress', 'https://github.com/acme/wheels/actions/runs/1'],
      ['success', 'https://github.com/acme/wheels/actions/runs/1'],
    ])
    expect(result.summary).toContain('Pre-deployment checklist')
    expect(result.summary).toContain('Wait until live')
    expect(result.summary).toMatch(/PAM websocket/)
    expect(result.summary).toMatch(/P95 of \d+ HTTP request\(s\): \d+ ms, budget < 2000 ms: pass/)
    expect(result.masks).toEqual(
      expect.arrayContaining([TOKEN, SECRETS.SUPABASE_URL, SECRETS.SMOKE_TEST_PASSWORD]),
    )
    // Only the runner's own mask commands may carry a value; no log line does.
    expect(result.stdout.replace(/^::add-mask::.*$/gm, '')).not.toContain(SECRETS.SMOKE_TEST_PASSWORD)
    gh.assertNoViolations()
  })

  it('dry-run: the checklist only, nothing merged, result dry-run', async () => {
    const before = repo.git.branches.get('main')
    const result = await run({ 'dry-run': 'true', 'skip-checklist-item': 'changelog' })
    expect(result.code).toBe(0)
    expect(result.outputs).toMatchObject({ result: 'dry-run', sha: '', 'deployment-id': '' })
    expect(result.summary).toMatch(/skipped by the skip-checklist-item input/)
    expect(repo.git.branches.get('main')).toBe(before)
  })

  it('a missing secret fails the step before anything changes, naming it and not its value', async () => {
    const result = await run(
      {},
      { SMOKE_TEST_EMAIL: 'smoke-test@example.com', SMOKE_TEST_PASSWORD: 'smoke-test-password' },
    )
    expect(result.code).toBe(1)
    expect(result.outputs.result).toBe('checklist-failed')
    expect(result.stdout).toMatch(
      /::error::launchgate deploy: Checklist failed \(secrets\): nothing was changed/,
    )
    expect(result.summary).toContain('missing secret(s): SUPABASE\\_URL (listed in checklist.secrets)')
    expect(result.summary).not.toContain('secret-value')
    expect(repo.deployments.size).toBe(0)
  })

  it('GitHub keeps failing: retried, then a clear failure, reported to the pipeline’s Sentry and flushed', async () => {
    gh.fail({ method: 'POST', path: '/merges', status: 502, times: Infinity })
    const result = await run({ 'sentry-dsn': sentry.dsn() })
    expect(result.code).toBe(1)
    expect(result.stdout).toMatch(
      /::error::launchgate deploy: GitHub POST \/repos\/acme\/wheels\/merges failed \(HTTP 502\)/,
    )
    expect(gh.requests.filter((r) => r.path.endsWith('/merges'))).toHaveLength(4)
    const events = sentry.envelopeItems('event')
    expect(events).toHaveLength(1)
    expect(JSON.stringify(events[0]!.payload)).toContain('merges failed (HTTP 502)')
    expect(repo.deployments.size).toBe(0)
  })
})
