import { parseGateComment } from '../../src/report/gate-comment.js'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { runGit } from '../../src/git/git.js'
import { LocalForge } from '../../src/ports/local-forge.js'
import { cli } from '../support/cli.js'

describe('launchgate rehearse (npm start)', () => {
  it('runs the PR gate, deploys, watches, and rolls back once when a fault is injected', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'lg-rehearsal-out-'))
    const run = await cli(['rehearse', '--out', out, '--keep-workspace'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^Rehearsal passed: \d+ steps/)
    for (const step of [
      'config',
      'consolidation',
      'prefilter',
      'review (7 agents)',
      'merge into staging',
      'deploy staging -> main',
      'monitor tick 1 (healthy)',
      'monitor tick 2 (healthy)',
      're-run adds nothing',
    ]) {
      expect(run.stderr).toContain(`ok   ${step} (`)
    }
    expect(run.stderr).toContain('Consolidation: all 2 concern(s) consolidated')

    const workspace = /workspace (\S+),/.exec(run.stderr)![1]!
    try {
      const forge = JSON.parse(await readFile(path.join(workspace, 'forge', 'forge.json'), 'utf8')) as {
        comments: Array<{ issueNumber: number; body: string }>
      }
      const records = await LocalForge.open({
        gitDir: path.join(workspace, 'origin.git'),
        stateDir: path.join(workspace, 'forge'),
        repo: { owner: 'wheels-and-wins', repo: 'app' },
      })
      // Production was deployed once, to main's merge commit, and its record ends in success.
      const main = (
        await runGit(['rev-parse', 'main'], { cwd: path.join(workspace, 'origin.git') })
      ).stdout.trim()
      const deployments = await records.listDeployments({ environment: 'production' })
      expect(deployments).toEqual([expect.objectContaining({ sha: main })])
      const states = await records.listDeploymentStatuses(deployments[0]!.id)
      // The deploy's own statuses, then one record per monitor run (its memory between runs).
      const monitorRuns = states.filter((s) => s.description?.startsWith('launchgate-monitor'))
      expect(monitorRuns).toHaveLength(5)
      const deploy = states.filter((s) => !monitorRuns.includes(s))
      expect(deploy.map((s) => s.state).sort()).toEqual(['in_progress', 'success'])
      expect(run.stderr).toMatch(/\[smoke\] pass PAM WebSocket/)
      // The injected fault ends in exactly one rollback pull request and one rollback issue.
      expect(run.stderr).toMatch(/Roll back [0-9a-f]{12}: websocket-failures failed/)
      const rollbackPulls = (await records.findPullRequests({ state: 'all' })).filter((p) =>
        p.labels.includes('rollback'),
      )
      expect(rollbackPulls).toHaveLength(1)
      expect(rollbackPulls[0]!.head).toBe(`rollback/${main}`)
      expect(await records.findIssues({ state: 'all', labels: ['rollback'] })).toHaveLength(1)
      // One PR gate comment, with a passing section for each gate.
      expect(forge.comments).toHaveLength(1)
      const sections = parseGateComment(forge.comments[0]!.body)
      expect(sections.map((s) => [s.capability, s.status]).sort()).toEqual([
        ['config', 'passed'],
        ['consolidation', 'passed'],
        ['prefilter', 'passed'],
        ['review', 'passed'],
      ])
      // staging now contains the change: the deprecated hook is gone from its tree.
      const tree = await runGit(['ls-tree', '-r', '--name-only', 'staging'], {
        cwd: path.join(workspace, 'origin.git'),
      })
      expect(tree.stdout).toContain('frontend/src/hooks/usePamWebSocketUnified.ts')
      expect(tree.stdout).not.toContain('frontend/src/hooks/usePamWebSocketV2.ts')
      expect(await readFile(path.join(out, 'rehearsal.md'), 'utf8')).toContain('| ok | merge into staging |')
    } finally {
      await rm(workspace, { recursive: true, force: true })
      await rm(out, { recursive: true, force: true })
    }
  }, 180_000) // the whole launch plan in one run; a loaded CI machine may take several times its usual 10 s

  it('removes its temporary repositories after a passing run', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'lg-rehearsal-out-'))
    try {
      const run = await cli(['rehearse', '--out', out])
      expect(run.code).toBe(0)
      const workspace = /workspace (\S+),/.exec(run.stderr)![1]!
      expect(existsSync(workspace)).toBe(false)
      expect(await readFile(path.join(out, 'rehearsal.md'), 'utf8')).toContain(
        'Workspace: removed after the run',
      )
    } finally {
      await rm(out, { recursive: true, force: true })
    }
  }, 180_000)
})
