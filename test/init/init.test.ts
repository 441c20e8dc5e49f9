import { cp, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { loadConfig } from '../../src/config/load.js'
import { auditWorkflows } from '../../src/workflow-audit/run.js'
import { cli } from '../support/cli.js'
import { createTempRepo, type TempRepo } from '../support/git-repos.js'
import { REPO_ROOT } from '../support/runner.js'

const REF = 'c0ffee0000000000000000000000000000000001'

describe('launchgate init', () => {
  let repo: TempRepo | undefined

  afterEach(async () => {
    await repo?.cleanup()
  })

  async function exampleRepo(): Promise<TempRepo> {
    repo = await createTempRepo()
    await cp(path.join(REPO_ROOT, 'examples/wheels-and-wins'), repo.dir, {
      recursive: true,
      filter: (src) => !/[/\\](\.github|\.launchgate)$/.test(src),
    })
    await repo.commit('the app')
    await repo.branch('staging')
    return repo
  }

  it('writes a valid config and workflows that pass the security audit, from what it detects', async () => {
    const { dir } = await exampleRepo()
    const run = await cli(['init', '--root', dir, '--ref', REF, '--format', 'json'])
    expect(run.code).toBe(0)
    const doc = JSON.parse(run.stdout) as { files: Record<string, string> }
    expect(doc.files['.github/launchgate.yml']).toBe('written')

    const { config } = await loadConfig({ root: dir })
    expect(config.deploy['source-branch']).toBe('staging')
    expect(config.deploy.checklist.migrations).toBe('supabase/migrations')
    expect(config.prefilter.tools).toBe('tools/registry.json')
    expect(config.prefilter.cases).toBe('tools/cases.jsonl')
    // Core tools and gates proposed from the registry it found, never a gate the catalogue cannot meet.
    expect(config.prefilter['core-tools']).toEqual(expect.arrayContaining(['get_time', 'get_location']))
    expect(config.prefilter['core-tools'].length).toBeLessThanOrEqual(3)
    const written = await readFile(path.join(dir, '.github/launchgate.yml'), 'utf8')
    expect(written).toMatch(/# get_time: core \(reads context/)
    expect(written).toMatch(/# core tools are [\d.]+% of \d+ tokens, so at most [\d.]+% can be saved/)
    expect(config.prefilter['min-token-reduction']).toBeLessThanOrEqual(0.8)

    const audit = await auditWorkflows(dir)
    expect(audit.findings).toEqual([])
    expect(audit.ok).toBe(true)
    const gate = await readFile(path.join(dir, '.github/workflows/launchgate-pr-gate.yml'), 'utf8')
    expect(gate).toContain(`uses: launchgate/launchgate/.github/workflows/pr-gate.yml@${REF} # v0.1.0`)
    expect(gate).toContain('prefilter: true')
    const monitor = await readFile(path.join(dir, '.github/workflows/launchgate-monitor.yml'), 'utf8')
    expect(monitor).toContain(`uses: launchgate/launchgate/actions/monitor@${REF} # v0.1.0`)
    expect(audit.data?.workflows).toHaveLength(3)
  })

  it('keeps existing files unless --force, and a dry run writes nothing', async () => {
    const { dir } = await exampleRepo()
    await cli(['init', '--root', dir, '--ref', REF])
    const again = await cli(['init', '--root', dir, '--ref', REF, '--format', 'json'])
    expect(JSON.parse(again.stdout).files['.github/launchgate.yml']).toBe('kept (exists; --force overwrites)')
    await rm(path.join(dir, '.github/workflows/launchgate-deploy.yml'))
    const dry = await cli(['init', '--root', dir, '--ref', REF, '--dry-run', '--format', 'json'])
    expect(JSON.parse(dry.stdout).files['.github/workflows/launchgate-deploy.yml']).toBe('would write')
    await expect(readFile(path.join(dir, '.github/workflows/launchgate-deploy.yml'))).rejects.toThrow()
  })

  it('refuses to pin a moving tag', async () => {
    const { dir } = await exampleRepo()
    const run = await cli(['init', '--root', dir, '--ref', 'v1'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('--ref must be the full commit sha')
  })
})
