import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startGitHubServer, type GitHubServer } from '../support/github-server/index.js'
import { REPO_ROOT, runBundledAction } from '../support/runner.js'

describe('actions/consolidation (dist/consolidation.js) on a pull request', () => {
  let gh: GitHubServer
  let pullNumber: number

  beforeAll(async () => {
    gh = await startGitHubServer()
    const repo = gh.state.addRepo('acme', 'wheels', { defaultBranch: 'main' })
    repo.git.commit('pam-hooks')
    pullNumber = repo.addPullRequest({
      title: 'Consolidate PAM hooks',
      head: 'pam-hooks',
      base: 'main',
    }).number
  })

  afterAll(async () => {
    await gh?.close()
  })

  const run = (inputs: Record<string, string> = {}) =>
    runBundledAction('consolidation', {
      workspace: REPO_ROOT,
      apiUrl: gh.url,
      repository: 'acme/wheels',
      eventName: 'pull_request',
      event: {
        pull_request: { number: pullNumber, base: { sha: 'a'.repeat(40) }, head: { sha: 'b'.repeat(40) } },
      },
      githubToken: 'ghs_pr_token_value',
      inputs: { 'working-directory': 'examples/wheels-and-wins', ...inputs },
      env: {
        LAUNCHGATE_RETRY_BASE_MS: '1',
        LAUNCHGATE_WRITE_SPACING_MS: '0',
        LAUNCHGATE_COMMENT_SETTLE_MS: '0',
      },
    })

  it('fails on the unconsolidated example with annotations, SARIF, summary and its section of the gate comment', async () => {
    const first = await run()
    expect(first.code).toBe(1)
    expect(first.outputs.ok).toBe('false')
    expect(Number(first.outputs.violations)).toBeGreaterThan(10)
    expect(first.summary).toContain('pam-websocket')
    // Annotations and SARIF point from the repository's top, where GitHub resolves them.
    const located = first.annotations.filter((a) => a.properties.file)
    expect(located.length).toBe(10) // the runner shows 10 error annotations per step...
    expect(located.every((a) => a.properties.file!.startsWith('examples/wheels-and-wins/'))).toBe(true)
    expect(
      first.annotations.some(
        (a) => a.level === 'notice' && /\d+ more findings were not annotated/.test(a.message),
      ),
    ).toBe(true)
    const sarif = JSON.parse(await readFile(first.outputs.sarif!, 'utf8')) as {
      version: string
      runs: Array<{ results: unknown[] }>
    }
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs[0]!.results.length).toBe(Number(first.outputs.violations))
    const uris = JSON.stringify(sarif)
    expect(uris).toContain('"uri":"examples/wheels-and-wins/frontend/')
    expect(first.masks).toContain('ghs_pr_token_value')

    const repo = gh.state.repo('acme', 'wheels')!
    const comments = repo.commentsOf(pullNumber)
    expect(comments).toHaveLength(1)
    const body = comments[0]!.body
    expect(body).toContain('<!-- launchgate:pr-gate -->')
    // The verdict and the reasons first, every location a link to its line at the head commit.
    expect(body).toMatch(/^## ❌ launchgate PR gate fails: consolidation$/m)
    expect(body).toContain('pam-websocket')
    expect(body).toMatch(
      new RegExp(
        `\\]\\(https://github\\.com/acme/wheels/blob/${'b'.repeat(40)}/examples/wheels-and-wins/frontend/[^)#]+#L\\d+\\)`,
      ),
    )
    expect(body.indexOf('**consolidation**')).toBeLessThan(body.indexOf('<details>'))
    // The job summary has the same shape: verdict first.
    expect(first.summary.trimStart()).toMatch(/^## ❌ launchgate consolidation fails:/)

    // A re-run on the same commit posts nothing new.
    const second = await run()
    expect(second.code).toBe(1)
    expect(repo.commentsOf(pullNumber)).toHaveLength(1)
    expect(gh.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/comments'))).toHaveLength(1)
    gh.assertNoViolations()
  })

  it('posts its own sticky comment with comment-style separate, and the gate style removes it again', async () => {
    const repo = gh.state.repo('acme', 'wheels')!
    const separate = await run({ 'comment-style': 'separate' })
    expect(separate.code).toBe(1)
    const sticky = () =>
      repo.commentsOf(pullNumber).filter((c) => c.body.includes('<!-- launchgate:sticky:consolidation -->'))
    expect(sticky()).toHaveLength(1)
    expect(sticky()[0]!.body).toContain('pam-websocket')
    const gate = await run()
    expect(gate.code).toBe(1)
    expect(sticky()).toHaveLength(0)
    expect(repo.commentsOf(pullNumber)).toHaveLength(1)
    const wrong = await run({ 'comment-style': 'both' })
    expect(wrong.code).toBe(1)
    expect(wrong.stdout).toContain("the comment-style input must be gate or separate, got 'both'")
    // Refused before the check ran: no annotations from a run whose comment could not be posted.
    expect(wrong.annotations.filter((a) => a.properties.file)).toHaveLength(0)
  })

  it('warns instead of failing the gate differently when the comment cannot be posted', async () => {
    gh.fail({ method: 'GET', path: /\/comments$/, status: 403, times: 1 })
    const run403 = await run()
    expect(run403.code).toBe(1)
    expect(
      run403.annotations.some((a) => a.level === 'warning' && a.message.includes('could not post')),
    ).toBe(true)
    expect(run403.stdout).toContain('::error::launchgate consolidation:')
  })
})
