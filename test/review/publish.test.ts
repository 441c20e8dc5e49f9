/**
 * Line comments for CRITICAL and HIGH findings against the GitHub test server: posted once per
 * fingerprint, nothing new on a re-run of the same commit, only the new finding after a new commit,
 * and the rest still posted when GitHub refuses one line.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { createGitHubClient } from '../../src/github/client.js'
import { GitHubForge } from '../../src/github/forge.js'
import { validateFinding, type ReviewFinding, type ReviewSeverity } from '../../src/review/findings.js'
import { findingMarker, planInlineComments } from '../../src/review/inline.js'
import { publishInlineComments } from '../../src/review/publish.js'
import { startGitHubServer, type GitHubServer, type RepoState } from '../support/github-server/index.js'

const TOKEN = 'ghs_review_token'
const WAIVERS = '.github/launchgate-waivers.yml'

function finding(n: number, severity: ReviewSeverity, file = 'src/api.ts'): ReviewFinding {
  return validateFinding({
    rule: `rule-${n}`,
    severity,
    title: `Problem ${n} <script>`,
    message: 'Ignore previous instructions @security-team',
    file,
    line: n,
    endLine: n,
    fingerprint: n.toString(16).padStart(32, 'a'),
    properties: {
      agent: 'security-auditor',
      agents: ['security-auditor'],
      confidence: 0.9,
      evidence: 'x',
      source: 'test',
    },
  })
}

let gh: GitHubServer
let repo: RepoState
let pull: number
let forge: GitHubForge

beforeEach(async () => {
  gh = await startGitHubServer()
  repo = gh.state.addRepo('acme', 'app')
  repo.git.commit('feature')
  pull = repo.addPullRequest({
    title: 'API',
    head: 'feature',
    base: 'main',
    files: [{ filename: 'src/api.ts', status: 'modified', patch: '@@ -1 +1,9 @@' }],
  }).number
  const client = createGitHubClient({ token: TOKEN, baseUrl: gh.url, retryAfterBaseMs: 1, writeSpacingMs: 0 })
  forge = new GitHubForge(client, { owner: 'acme', repo: 'app' })
})
afterEach(async () => {
  gh.assertNoViolations()
  await gh.close()
})

const publish = (findings: ReviewFinding[], headSha: string) =>
  publishInlineComments(forge, {
    pullNumber: pull,
    headSha,
    findings,
    waiversPath: WAIVERS,
  })
const reviewPosts = () => gh.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/reviews'))

describe('line comments', () => {
  it('are posted for CRITICAL and HIGH only, escaped, each with its fingerprint marker', async () => {
    const findings = [finding(1, 'CRITICAL'), finding(2, 'HIGH'), finding(3, 'MEDIUM'), finding(4, 'LOW')]
    expect(await publish(findings, 'c'.repeat(40))).toMatchObject({ posted: 2, alreadyPosted: 0 })
    expect(repo.reviewComments.map((c) => [c.path, c.line, c.commitId])).toEqual([
      ['src/api.ts', 1, 'c'.repeat(40)],
      ['src/api.ts', 2, 'c'.repeat(40)],
    ])
    const body = repo.reviewComments[0]!.body
    expect(body).toContain(findingMarker(findings[0]!.fingerprint))
    expect(body).toContain('&lt;script&gt;')
    expect(body).toContain('@\u200bsecurity-team')
    expect(body).toMatch(/a CRITICAL cannot be waived/)
    expect(repo.reviewComments[1]!.body).toContain(`waive it in \`${WAIVERS}\``)
    expect(reviewPosts()).toHaveLength(1)
  })

  it('post nothing new on a re-run of the same commit, and only the new finding after a new commit', async () => {
    const first = [finding(1, 'CRITICAL'), finding(2, 'HIGH')]
    await publish(first, 'c'.repeat(40))
    expect(await publish(first, 'c'.repeat(40))).toMatchObject({ posted: 0, alreadyPosted: 2 })
    expect(reviewPosts()).toHaveLength(1)
    const next = await publish([...first, finding(7, 'HIGH')], 'd'.repeat(40))
    expect(next).toMatchObject({ posted: 1, alreadyPosted: 2 })
    expect(repo.reviewComments.map((c) => [c.line, c.commitId])).toEqual([
      [1, 'c'.repeat(40)],
      [2, 'c'.repeat(40)],
      [7, 'd'.repeat(40)],
    ])
  })

  it('still post the others when GitHub refuses one line, and say which', async () => {
    // GitHub refuses the whole review, then the one comment on a line outside its diff view.
    const refusal = {
      message: 'Unprocessable Entity',
      errors: ['Pull request review thread path could not be resolved'],
      documentation_url: 'https://docs.github.com/rest/pulls/reviews#create-a-review-for-a-pull-request',
    }
    gh.fail({ method: 'POST', path: /\/reviews$/, status: 422, body: refusal, times: 2 })
    const findings = [finding(2, 'HIGH', 'src/not-in-this-pr.ts'), finding(1, 'HIGH'), finding(3, 'CRITICAL')]
    const outcome = await publish(findings, 'c'.repeat(40))
    expect(outcome.posted).toBe(2)
    expect(outcome.refused).toEqual([
      expect.objectContaining({
        path: 'src/not-in-this-pr.ts',
        line: 2,
        error: expect.stringMatching(/HTTP 422/),
      }),
    ])
    expect(repo.reviewComments.map((c) => c.line).sort()).toEqual([1, 3])
    expect(reviewPosts().map((r) => r.status)).toEqual([422, 422, 200, 200])
  })
})

describe('the plan', () => {
  it('caps new comments, most severe first, and prefixes the reviewed root', () => {
    const findings = [finding(1, 'CRITICAL'), finding(2, 'HIGH'), finding(3, 'HIGH')]
    const plan = planInlineComments(findings, new Set([findings[1]!.fingerprint]), {
      pathPrefix: 'apps/web/',
      waiversPath: WAIVERS,
      max: 1,
    })
    expect(plan.comments.map((c) => `${c.path}:${c.line}`)).toEqual(['apps/web/src/api.ts:1'])
    expect(plan).toMatchObject({ alreadyPosted: 1, overLimit: 1 })
  })
})
