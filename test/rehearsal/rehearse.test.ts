import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { runGit } from '../../src/git/git.js'
import { LocalForge } from '../../src/ports/local-forge.js'
import { cli } from '../support/cli.js'

describe('launchgate rehearse (npm start)', () => {
  it('runs the PR gate on the week-4 change, comments once per gate and merges into staging', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'lg-rehearsal-out-'))
    const run = await cli(['rehearse', '--out', out])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^Rehearsal passed: \d+ steps/)
    for (const step of [
      'config',
      'consolidation',
      'prefilter',
      'review (7 agents)',
      'merge into staging',
      'deploy staging -> main',
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
      expect(states.map((s) => s.state).sort()).toEqual(['in_progress', 'success'])
      expect(run.stderr).toMatch(/\[smoke\] pass PAM WebSocket/)
      const markers = forge.comments.map((c) => /launchgate:sticky:(\w+)/.exec(c.body)?.[1])
      expect(markers.sort()).toEqual(['config', 'consolidation', 'prefilter', 'review'])
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
  })
})
