import { cp } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { cli } from '../support/cli.js'
import { createTempRepo, type TempRepo } from '../support/git-repos.js'
import { REPO_ROOT } from '../support/runner.js'

const REF = 'c0ffee0000000000000000000000000000000001'

describe("init's workflows under the workflow audit", () => {
  let repo: TempRepo | undefined
  afterEach(async () => {
    await repo?.cleanup()
  })

  it('pass in every persona: nothing blocking, and nothing at all in the regular one', async () => {
    repo = await createTempRepo()
    await cp(path.join(REPO_ROOT, 'examples/wheels-and-wins'), repo.dir, {
      recursive: true,
      filter: (src) => !/[/\\](\.github|\.launchgate)$/.test(src),
    })
    expect((await cli(['init', '--root', repo.dir, '--ref', REF])).code).toBe(0)
    for (const persona of ['regular', 'pedantic', 'auditor']) {
      const run = await cli(['audit', '--root', repo.dir, '--format', 'json', '--persona', persona])
      const doc = JSON.parse(run.stdout) as {
        findings: Array<{ rule: string; severity: string }>
        workflows: string[]
      }
      expect(doc.workflows.length).toBeGreaterThan(0)
      expect(doc.findings.filter((f) => f.severity === 'HIGH' || f.severity === 'CRITICAL')).toEqual([])
      if (persona === 'regular') expect(doc.findings).toEqual([])
      expect(run.code).toBe(0)
    }
  })
})
