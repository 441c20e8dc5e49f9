import { cp, mkdtemp, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { REPO_ROOT, runBundledAction } from '../support/runner.js'

describe('the root action (dist/main.js) through the runner contract', () => {
  it('validates the example config and sets outputs and the job summary', async () => {
    const run = await runBundledAction('main', {
      workspace: REPO_ROOT,
      inputs: {
        command: 'config',
        'working-directory': 'examples/wheels-and-wins',
        'github-token': 'ghs_secretvalue123',
      },
    })
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect(run.outputs.ok).toBe('true')
    expect(run.outputs['config-file']).toBe('.github/launchgate.yml')
    expect(JSON.parse(run.outputs['config-json']!).monitor.thresholds['p95-ms']).toBe(5000)
    expect(run.summary).toContain('pam-websocket')
    expect(run.summary).toContain('| consolidation |')
    // The token is masked before anything could print it, and never printed.
    expect(run.masks).toContain('ghs_secretvalue123')
    expect(run.stdout.replace('::add-mask::ghs_secretvalue123', '')).not.toContain('ghs_secretvalue123')
  })

  it('fails with an annotation at the file, line and column of a bad config', async () => {
    const workspace = await mkdtemp(path.join(os.tmpdir(), 'lg-action-'))
    await cp(path.join(REPO_ROOT, 'examples/wheels-and-wins/.github'), path.join(workspace, '.github'), {
      recursive: true,
    })
    await writeFile(
      path.join(workspace, '.github/launchgate.yml'),
      'monitor:\n  thresholds:\n    error-rate: 5\n',
    )
    const run = await runBundledAction('main', { workspace, inputs: { command: 'config' } })
    expect(run.code).toBe(1)
    expect(run.outputs.ok).toBe('false')
    const annotation = run.annotations.find((a) => a.properties.file === '.github/launchgate.yml')
    expect(annotation).toMatchObject({ level: 'error', properties: { line: '3', col: '17' } })
    expect(annotation!.message).toContain('monitor.thresholds.error-rate')
    expect(run.stdout).toContain('::error::launchgate config: .github/launchgate.yml:3:17:')
    expect(run.summary).toContain('error-rate')
  })

  it('rejects an unknown command with the list of known ones', async () => {
    const run = await runBundledAction('main', { inputs: { command: 'launch-rockets' } })
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(
      /::error::launchgate launch-rockets|unknown command 'launch-rockets'.*expected one of: config/,
    )
  })
})
