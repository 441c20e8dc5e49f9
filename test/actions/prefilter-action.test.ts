import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTempRepo, type TempRepo } from '../support/git-repos.js'
import { startGitHubServer, type GitHubServer } from '../support/github-server/index.js'
import { REPO_ROOT, runBundledAction } from '../support/runner.js'

const EXAMPLE = path.join(REPO_ROOT, 'examples/wheels-and-wins')

describe('actions/prefilter (dist/prefilter.js) on a pull request', () => {
  let gh: GitHubServer
  let repo: TempRepo
  let base: string
  let pullNumber: number
  const files: Record<string, string> = {}

  beforeAll(async () => {
    for (const f of ['.github/launchgate.yml', 'tools/registry.json', 'tools/cases.jsonl']) {
      files[f] = await readFile(path.join(EXAMPLE, f), 'utf8')
    }
    repo = await createTempRepo({ files })
    base = await repo.sha()
    gh = await startGitHubServer()
    const state = gh.state.addRepo('acme', 'wheels', { defaultBranch: 'main' })
    state.git.commit('tools-change')
    pullNumber = state.addPullRequest({ title: 'Tools', head: 'tools-change', base: 'main' }).number
  })

  afterAll(async () => {
    await gh?.close()
    await repo?.cleanup()
  })

  const run = async () =>
    runBundledAction('prefilter', {
      workspace: repo.dir,
      apiUrl: gh.url,
      repository: 'acme/wheels',
      eventName: 'pull_request',
      event: { pull_request: { number: pullNumber, base: { sha: base }, head: { sha: await repo.sha() } } },
      githubToken: 'ghs_prefilter_token',
      env: {
        LAUNCHGATE_RETRY_BASE_MS: '1',
        LAUNCHGATE_WRITE_SPACING_MS: '0',
        LAUNCHGATE_COMMENT_SETTLE_MS: '0',
      },
    })

  it('passes an unchanged registry and shows base vs head in the summary and one comment', async () => {
    const result = await run()
    expect(result.stderr).toBe('')
    expect(result.code).toBe(0)
    expect(result.outputs.ok).toBe('true')
    expect(Number(result.outputs['token-reduction'])).toBeGreaterThanOrEqual(0.8)
    expect(result.summary).toContain('Base vs head')
    expect(result.summary).toMatch(/\| token reduction \(mean\) \| \d+\.\d% \| \d+\.\d% \| 0\.0 pt \|/)
    const comments = gh.state.repo('acme', 'wheels')!.commentsOf(pullNumber)
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body).toContain('o200k')
    gh.assertNoViolations()
  })

  it('fails when the head loses needed tools the base kept, and updates the same comment', async () => {
    // A case the prefilter cannot meet: the message scores trip tools, the label wants another.
    const hard = '{"message": "Plan a trip from Denver to Moab", "expected": ["find_repair_shops"]}\n'
    await repo.commit('harder cases', { 'tools/cases.jsonl': files['tools/cases.jsonl'] + hard })
    const result = await run()
    expect(result.code).toBe(1)
    expect(result.outputs.ok).toBe('false')
    expect(result.summary).toContain('completeness fell from')
    expect(result.stdout).toContain('::error::launchgate prefilter: Prefilter regressed')
    expect(gh.state.repo('acme', 'wheels')!.commentsOf(pullNumber)).toHaveLength(1)
    gh.assertNoViolations()
  })

  it('names the missing setting when the config has no registry', async () => {
    await repo.commit('no prefilter', { '.github/launchgate.yml': 'version: 1\n' })
    const result = await run()
    expect(result.code).toBe(1)
    expect(result.stdout).toContain('prefilter.tools and prefilter.cases must name the tool registry')
  })
})
