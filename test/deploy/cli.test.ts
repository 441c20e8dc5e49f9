/**
 * `launchgate deploy --forge local` end to end: a bare git remote with staging and main, the local
 * forge's records, the example app, the Netlify/Render/Sentry fakes and hosts that deploy main
 * when it moves. Every fault of the issue that the local forge can produce is here too.
 */
import path from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { runGit } from '../../src/git/git.js'
import { LocalForge } from '../../src/ports/local-forge.js'
import { gitBranchReader, watchBranch } from './support/auto-host.js'
import { deployCli } from './support/deploy-cli.js'
import { createWorld, deployOnHosts, type DeployOverrides, type World } from './support/world.js'

let world: World | undefined
afterEach(async () => {
  await world?.close()
  world = undefined
})

interface Json {
  ok: boolean
  result: string
  title: string
  sha?: string
  deploymentId?: number
  checklist: { id: string; status: string; reason: string; details?: string[] }[]
  waits: { target: string; outcome: string; detail: string }[]
  smoke: { name: string; ok: boolean; durationMs: number; detail: string }[]
  latency?: { p95Ms: number; ok: boolean; samples: number }
  rollback?: { started: boolean; pullRequest?: { number: number }; issue?: { number: number } }
  sentry?: { release?: string; deploy?: boolean }
}

async function setUp(deploy: DeployOverrides = {}, checks: 'success' | 'failure' = 'success') {
  world = await createWorld({ deploy })
  const w = world
  const stateDir = path.join(path.dirname(w.work.dir), 'forge-state')
  const forge = await LocalForge.open({
    gitDir: w.remote.dir,
    stateDir,
    repo: { owner: 'acme', repo: 'wheels' },
    env: w.work.env,
  })
  await forge.recordCheck('staging', { name: 'ci', state: checks, source: 'check-run' })
  w.auto = watchBranch(gitBranchReader(w.remote.dir, 'main', w.work.env), (sha) => deployOnHosts(w, sha))
  const run = async (...extra: string[]) => {
    const args = [
      '--forge',
      'local',
      '--git-dir',
      w.remote.dir,
      '--state-dir',
      stateDir,
      '--repo',
      'acme/wheels',
      '--root',
      w.work.dir,
      '--format',
      'json',
      ...extra,
    ]
    const result = await deployCli(args, w.work.dir, w.env)
    return { ...result, json: JSON.parse(result.stdout) as Json }
  }
  const mainNow = () => w.remote.git('rev-parse', 'refs/heads/main')
  return { w, forge, run, mainNow, stateDir }
}

describe('launchgate deploy --forge local', () => {
  it('checks, merges, waits for every host, smoke-tests, records the deployment and the Sentry release', async () => {
    const { w, forge, run, mainNow } = await setUp()
    const { code, json, stderr } = await run()
    expect(json.title).toMatch(
      /^Deployed [0-9a-f]{12} to production: 3 target\(s\) live, 4 smoke test\(s\) passed, P95 \d+ ms$/,
    )
    expect(code).toBe(0)
    expect(json.result).toBe('success')
    const merged = await mainNow()
    expect(json.sha).toBe(merged)
    expect(await w.remote.git('rev-parse', `${merged}^2`)).toBe(w.stagingSha)
    expect(json.checklist.find((i) => i.id === 'migrations')!.details).toEqual([
      'supabase/migrations/002_trip_days.sql',
    ])
    expect(json.waits.map((x) => [x.target, x.outcome])).toEqual([
      ['frontend', 'live'],
      ['backend', 'live'],
      ['app', 'live'],
    ])
    expect(json.smoke.every((t) => t.ok && t.durationMs >= 0)).toBe(true)
    expect(json.latency).toMatchObject({ ok: true, samples: 7 })
    // Progress lines on stderr: one per poll, per checklist item and per smoke test.
    expect(stderr).toMatch(/\[frontend\] waiting after \d+s: Netlify deploy \w+ is building/)
    expect(stderr).toMatch(/\[smoke\] pass PAM websocket/)
    const [deployment] = await forge.listDeployments({ environment: 'production' })
    expect(deployment!.id).toBe(json.deploymentId)
    expect(deployment!.sha).toBe(merged)
    const statuses = await forge.listDeploymentStatuses(deployment!.id)
    expect(statuses.map((s) => s.state)).toEqual(['success', 'in_progress'])
    expect(statuses[0]!.environmentUrl).toBe(w.app.url)
    const release = w.sentry.state.releases.get(merged)!
    expect(release.deploys.map((d) => d.environment)).toEqual(['production'])
    expect(release.refs).toEqual([{ repository: 'acme/wheels', commit: merged }])
    w.sentry.assertNoViolations()
    w.netlify.assertNoViolations()
    w.render.assertNoViolations()
    // A second dispatch finds nothing to merge and says so.
    const again = await run()
    expect(again.code).toBe(0)
    expect(again.json.result).toBe('nothing-to-merge')
    expect(again.json.title).toMatch(/^Nothing to merge: main already contains staging/)
  })

  it('--dry-run runs the checklist and changes nothing', async () => {
    const { w, forge, run, mainNow } = await setUp()
    const { code, json } = await run('--dry-run')
    expect(code).toBe(0)
    expect(json.result).toBe('dry-run')
    expect(json.title).toMatch(
      /^Dry run: the checklist passed; would merge staging \([0-9a-f]{12}\) into main\./,
    )
    expect(await mainNow()).toBe(w.mainSha)
    expect(await forge.listDeployments({})).toEqual([])
    // Once main contains staging, a dry run says there is nothing to merge, as the real run would.
    const staging = (
      await runGit(['rev-parse', 'staging'], { cwd: w.remote.dir, env: w.work.env })
    ).stdout.trim()
    await runGit(['update-ref', 'refs/heads/main', staging], { cwd: w.remote.dir, env: w.work.env })
    const again = await run('--dry-run')
    expect(again.json.result).toBe('dry-run')
    expect(again.json.title).toMatch(
      /^Dry run: the checklist passed; nothing to merge: main already contains staging/,
    )
    expect(again.json.title).not.toContain('would merge')
  })

  it('stops before anything changes when a secret is missing or a check failed, naming them', async () => {
    const { w, forge, run, mainNow } = await setUp({}, 'failure')
    delete w.env.RENDER_API_KEY
    const { code, json, stdout } = await run()
    expect(code).toBe(1)
    expect(json.result).toBe('checklist-failed')
    expect(json.title).toBe('Checklist failed (required-checks, secrets): nothing was changed')
    expect(json.checklist.find((i) => i.id === 'secrets')!.reason).toMatch(
      /^missing secret\(s\): RENDER_API_KEY \(render API token of target backend\)/,
    )
    expect(stdout).not.toContain('nf-test-token')
    expect(await mainNow()).toBe(w.mainSha)
    expect(await forge.listDeployments({})).toEqual([])
  })

  it('skips a checklist item named on the command line', async () => {
    const { run } = await setUp({}, 'failure')
    const { json } = await run('--dry-run', '--skip-checklist-item', 'required-checks')
    expect(json.checklist.find((i) => i.id === 'required-checks')).toMatchObject({
      status: 'skipped',
      reason: 'skipped by --skip-checklist-item',
    })
    expect(json.result).toBe('dry-run')
  })

  it('stops on a merge conflict with the branch names and what to do; main is untouched', async () => {
    const { w, run, mainNow } = await setUp()
    await w.work.commit('hotfix on main', { 'app.txt': 'v1-hotfix\n' })
    await w.work.push('main')
    const before = await mainNow()
    const { code, json } = await run('--skip-checklist-item', 'changelog')
    expect(code).toBe(1)
    expect(json.result).toBe('merge-conflict')
    expect(json.title).toMatch(
      /^Staging conflicts with main: .*app\.txt.*Merge main into staging, resolve the conflicts, push staging and dispatch the deploy again$/,
    )
    expect(await mainNow()).toBe(before)
  })

  it('marks the deployment failure and starts the rollback when a host fails to build', async () => {
    const { w, forge, run } = await setUp()
    w.hosts.netlify = ['building', 'error']
    const { code, json } = await run()
    expect(code).toBe(1)
    expect(json.result).toBe('host-failed')
    expect(json.waits.find((x) => x.target === 'frontend')!.detail).toMatch(
      /failed \(error\): Build script returned non-zero exit code: 2/,
    )
    const [deployment] = await forge.listDeployments({})
    expect((await forge.listDeploymentStatuses(deployment!.id))[0]!.state).toBe('failure')
    expect(json.rollback).toMatchObject({ started: true })
    expect(json.smoke).toEqual([])
  })

  it('times out waiting to go live (the app keeps serving the old release); no rollback by default', async () => {
    const { w, forge, run } = await setUp(({ app }) => ({
      'wait-timeout-minutes': 0.02,
      targets: [{ name: 'app', kind: 'health', 'health-url': `${app.url}/api/health` }],
    }))
    w.app.setFault('wrong-sha')
    const { code, json, stderr } = await run()
    expect(code).toBe(1)
    expect(json.result).toBe('timed-out')
    expect(json.waits[0]!.detail).toMatch(/^not live after 1.2 s; last seen: still serving /)
    expect(stderr).toMatch(/\[app\] waiting after \d+s: still serving/)
    const [deployment] = await forge.listDeployments({})
    expect((await forge.listDeploymentStatuses(deployment!.id))[0]!.state).toBe('failure')
    expect(json.rollback).toMatchObject({ started: false })
  })

  it('a failing smoke test: deployment failure, rollback PR labelled rollback, rollback issue', async () => {
    const { w, forge, run } = await setUp()
    w.app.setFault('ws-refuse')
    const { code, json } = await run()
    expect(code).toBe(1)
    expect(json.result).toBe('smoke-failed')
    expect(json.smoke.find((t) => !t.ok)).toMatchObject({
      name: 'PAM websocket',
      detail: 'upgrade refused: HTTP 503',
    })
    const [deployment] = await forge.listDeployments({})
    expect((await forge.listDeploymentStatuses(deployment!.id))[0]!.state).toBe('failure')
    const pr = await forge.getPullRequest(json.rollback!.pullRequest!.number)
    expect(pr.labels).toContain('rollback')
    expect(pr.base).toBe('main')
    expect(pr.body).toContain('PAM websocket')
    const issues = await forge.findIssues({ state: 'open' })
    expect(issues.map((i) => i.number)).toContain(json.rollback!.issue!.number)
    // The revert undoes the deploy: app.txt is back to v1 on the rollback branch.
    expect(await w.remote.git('show', `refs/heads/${pr.head}:app.txt`)).toBe('v1')
  })

  it('refuses a usage error clearly', async () => {
    world = await createWorld()
    const result = await deployCli(
      ['--forge', 'local', '--root', world.work.dir, '--format', 'json'],
      world.work.dir,
      world.env,
    )
    expect(result.code).toBe(2)
    expect(JSON.parse(result.stdout)).toMatchObject({
      ok: false,
      error: { kind: 'UsageError', message: '--forge local needs --git-dir <bare repository>' },
    })
  })
})
