import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import {
  ContractViolationError,
  DEFAULT_SPEC_PATH,
  OpenApiValidator,
  startGitHubServer,
  type GitHubServer,
  type RepoState,
} from './support/github-server/index.js'
import { normalizeNullable, type OpenApiDocument } from './support/github-server/spec.js'

let gh: GitHubServer
let repo: RepoState

beforeEach(async () => {
  gh = await startGitHubServer()
  repo = gh.state.addRepo('acme', 'app', { defaultBranch: 'main' })
})

// Every test ends by asserting the traffic matched GitHub's description; the server closes
// even when that (or the test) fails.
afterEach(async () => {
  try {
    gh.assertNoViolations()
  } finally {
    await gh.close()
  }
})

/** A plain HTTP call, as a client that knows nothing of the server would make it. */
async function call(method: string, path: string, body?: unknown) {
  const res = await fetch(gh.url + path, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as unknown) : undefined }
}

describe('GitHub test server: contract enforcement', () => {
  it('fails the test when a request body breaks the OpenAPI description', async () => {
    repo.addIssue({ title: 'flaky deploy' })
    const res = await call('PATCH', '/repos/acme/app/issues/1', { state: 'bogus' })
    expect(res.status).toBe(400)
    expect(gh.violations).toHaveLength(1)
    expect(gh.violations[0]).toMatchObject({
      kind: 'request',
      template: '/repos/{owner}/{repo}/issues/{issue_number}',
    })
    expect(gh.violations[0]?.problems.join('\n')).toMatch(/state must be equal to one of the allowed values/)
    expect(() => gh.assertNoViolations()).toThrow(ContractViolationError)
    expect(() => gh.assertNoViolations()).toThrow(/PATCH \/repos\/acme\/app\/issues\/1/)
    // The route never ran: the issue is untouched.
    expect(repo.issue(1)?.state).toBe('open')
    gh.takeViolations()
  })

  it('fails the test on a wrong type, a missing required field, a bad query parameter and unknown routes', async () => {
    expect((await call('POST', '/repos/acme/app/issues', { title: true })).status).toBe(400)
    expect((await call('POST', '/repos/acme/app/issues/1/comments', {})).status).toBe(400)
    expect((await call('GET', '/repos/acme/app/issues?per_page=lots')).status).toBe(400)
    expect((await call('GET', '/repos/acme/app/no-such-thing')).status).toBe(400)
    expect((await call('DELETE', '/repos/acme/app/labels')).status).toBe(400)
    const seen = gh.takeViolations()
    expect(seen.map((v) => v.kind)).toEqual([
      'request',
      'request',
      'request',
      'unknown-route',
      'unknown-route',
    ])
    expect(seen[0]?.problems.join('\n')).toMatch(/request body\/title must be string/)
    expect(seen[1]?.problems).toContain("request body must have required property 'body'")
    expect(seen[2]?.problems.join('\n')).toMatch(/query parameter 'per_page' must be integer/)
    expect(seen[4]?.problems).toEqual(['DELETE is not defined for /repos/{owner}/{repo}/labels'])
    expect(repo.issues.size).toBe(0)
    gh.assertNoViolations()
  })

  it('fails the test when its own response breaks the description', async () => {
    repo.addIssue({ title: 'a' })
    gh.tamper({
      method: 'GET',
      path: /\/issues\/1$/,
      mutate: (body) => ({ ...(body as object), number: 'one' }),
    })
    const res = await call('GET', '/repos/acme/app/issues/1')
    expect(res.status).toBe(500)
    expect(gh.violations).toHaveLength(1)
    expect(gh.violations[0]).toMatchObject({ kind: 'response', status: 200 })
    expect(gh.violations[0]?.problems).toContain('response body/number must be integer')
    expect(() => gh.assertNoViolations()).toThrow(/\[response\] GET \/repos\/acme\/app\/issues\/1/)
    gh.takeViolations()
    // The tamper rule was used up: the next answer is valid again.
    expect((await call('GET', '/repos/acme/app/issues/1')).status).toBe(200)
    gh.assertNoViolations()
  })

  it('honours OpenAPI nullable, including nullable enums', () => {
    const validator = new OpenApiValidator(loadFresh())
    const template = '/repos/{owner}/{repo}/commits/{ref}/check-runs'
    const run = (conclusion: unknown) => ({
      ...{
        id: 1,
        node_id: 'CR',
        head_sha: 'a',
        name: 'ci',
        url: 'http://x/1',
        html_url: null,
        details_url: null,
      },
      ...{ status: 'in_progress', conclusion, started_at: null, completed_at: null, external_id: null },
      ...{ check_suite: null, app: null, pull_requests: [] },
      output: { title: null, summary: null, text: null, annotations_count: 0, annotations_url: 'http://x/a' },
    })
    const check = (conclusion: unknown) =>
      validator.validateResponse({
        ...{ method: 'GET', template, status: 200 },
        body: { total_count: 1, check_runs: [run(conclusion)] },
      })
    expect(check(null)).toEqual([])
    expect(check('success')).toEqual([])
    expect(check('bogus').join('\n')).toMatch(/conclusion must be equal to one of the allowed values/)
  })

  it('loads the description and validates the first request within a couple of seconds', () => {
    const started = performance.now()
    const validator = new OpenApiValidator(loadFresh())
    const problems = validator.validateRequest({
      ...{ method: 'POST', template: '/repos/{owner}/{repo}/issues', pathParams: { owner: 'a', repo: 'b' } },
      ...{ query: new URLSearchParams(), rawBody: '{"title":"x"}', body: { title: 'x' } },
    })
    const elapsed = performance.now() - started
    expect(problems).toEqual([])
    // Measured around 0.5 s on a laptop; the bound only catches a regression such as eager compiling.
    expect(elapsed).toBeLessThan(5000)
  })
})

describe('GitHub test server: state and routes', () => {
  it('creates, filters and updates issues shaped like GitHub', async () => {
    const created = await call('POST', '/repos/acme/app/issues', {
      title: 'Deploy failed',
      labels: ['incident'],
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ number: 1, state: 'open', labels: [{ name: 'incident' }] })
    repo.addIssue({ title: 'other' })
    const listed = await call('GET', '/repos/acme/app/issues?labels=incident&state=all')
    expect((listed.body as { number: number }[]).map((i) => i.number)).toEqual([1])
    const closed = await call('PATCH', '/repos/acme/app/issues/1', { state: 'closed' })
    expect(closed.body).toMatchObject({ state: 'closed', state_reason: 'completed' })
    expect(repo.issue(1)?.closedAt).not.toBeNull()
    gh.assertNoViolations()
  })

  it('paginates comments with per_page, page and a Link header', async () => {
    repo.addIssue({ title: 'a' })
    for (let i = 1; i <= 5; i++) repo.addComment(1, `comment ${i}`)
    const res = await call('GET', '/repos/acme/app/issues/1/comments?per_page=2&page=2')
    expect((res.body as { body: string }[]).map((c) => c.body)).toEqual(['comment 3', 'comment 4'])
    const link = res.headers.get('link') ?? ''
    expect(link).toContain(`<${gh.url}/repos/acme/app/issues/1/comments?per_page=2&page=3>; rel="next"`)
    expect(link).toContain('page=1>; rel="prev"')
    expect(link).toContain('page=3>; rel="last"')
    gh.assertNoViolations()
  })

  it('answers merges 201, 204 and 409 from its commit graph', async () => {
    const featureSha = repo.git.setBranch('feature', undefined)
    repo.git.setBranch('conflicting', undefined)
    repo.git.setConflict('main', 'conflicting')
    const merged = await call('POST', '/repos/acme/app/merges', { base: 'main', head: 'feature' })
    expect(merged.status).toBe(201)
    expect((merged.body as { parents: { sha: string }[] }).parents.map((p) => p.sha)).toContain(featureSha)
    expect(repo.git.contains(repo.git.branches.get('main') ?? '', featureSha)).toBe(true)
    expect((await call('POST', '/repos/acme/app/merges', { base: 'main', head: 'feature' })).status).toBe(204)
    expect((await call('POST', '/repos/acme/app/merges', { base: 'main', head: 'conflicting' })).status).toBe(
      409,
    )
    gh.assertNoViolations()
  })

  it('creates and reads branches through git refs', async () => {
    const sha = repo.git.branches.get('main')
    const created = await call('POST', '/repos/acme/app/git/refs', { ref: 'refs/heads/release/1.0', sha })
    expect(created.status).toBe(201)
    expect((await call('GET', '/repos/acme/app/git/ref/heads/release/1.0')).body).toMatchObject({
      object: { sha },
    })
    expect((await call('GET', '/repos/acme/app/branches/release%2F1.0')).body).toMatchObject({
      name: 'release/1.0',
    })
    expect((await call('GET', '/repos/acme/app/git/ref/heads/nope')).status).toBe(404)
    expect(
      (await call('POST', '/repos/acme/app/git/refs', { ref: 'refs/heads/release/1.0', sha })).status,
    ).toBe(422)
    gh.assertNoViolations()
  })

  it('refuses a duplicate label with 422 already_exists', async () => {
    expect((await call('POST', '/repos/acme/app/labels', { name: 'release', color: 'ff0000' })).status).toBe(
      201,
    )
    const again = await call('POST', '/repos/acme/app/labels', { name: 'Release' })
    expect(again.status).toBe(422)
    expect(again.body).toMatchObject({
      errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }],
    })
    gh.assertNoViolations()
  })

  it('serves pull requests, their files, check runs, statuses and deployments', async () => {
    repo.git.commit('feature', 'work')
    const pr = repo.addPullRequest({ title: 'Feature', head: 'feature', base: 'main' })
    repo.pull(pr.number)?.pull.files.push({ filename: 'src/a.ts', status: 'modified', patch: '@@ -1 +1 @@' })
    const sha = repo.git.branches.get('feature') ?? ''
    repo.addCheckRun(sha, { name: 'build', status: 'in_progress' })
    repo.addCommitStatus(sha, { context: 'ci/lint', state: 'success' })
    expect((await call('GET', '/repos/acme/app/pulls?head=acme:feature')).body).toHaveLength(1)
    expect((await call('GET', '/repos/acme/app/pulls/1')).body).toMatchObject({
      mergeable: true,
      merged: false,
    })
    expect((await call('GET', '/repos/acme/app/pulls/1/files')).body).toMatchObject([
      { filename: 'src/a.ts' },
    ])
    const runs = await call('GET', '/repos/acme/app/commits/feature/check-runs')
    expect(runs.body).toMatchObject({ total_count: 1, check_runs: [{ name: 'build', conclusion: null }] })
    expect((await call('GET', `/repos/acme/app/commits/${sha}/status`)).body).toMatchObject({
      state: 'success',
    })
    const deployment = { ref: 'feature', environment: 'staging', auto_merge: false, required_contexts: [] }
    const created = await call('POST', '/repos/acme/app/deployments', deployment)
    expect(created.status).toBe(201)
    const deploymentId = (created.body as { id: number }).id
    expect((await call('GET', '/repos/acme/app/deployments?environment=staging')).body).toHaveLength(1)
    // Without URLs GitHub answers "" for them (its documented default), which is not a URI.
    const status = await call('POST', `/repos/acme/app/deployments/${deploymentId}/statuses`, {
      state: 'in_progress',
    })
    expect(status.body).toMatchObject({ state: 'in_progress', target_url: '', environment_url: '' })
    expect((await call('PUT', '/repos/acme/app/pulls/1/merge', {})).body).toMatchObject({ merged: true })
    gh.assertNoViolations()
  })

  it('answers the next N matching requests with an injected fault and logs every request', async () => {
    gh.fail({ method: 'GET', path: /\/rate_limit$/, status: 502, times: 2, headers: { 'retry-after': '0' } })
    const statuses = []
    for (let i = 0; i < 3; i++) statuses.push((await call('GET', '/rate_limit')).status)
    expect(statuses).toEqual([502, 502, 200])
    expect(gh.requests.map((r) => [r.path, r.status, r.injected])).toEqual([
      ['/rate_limit', 502, true],
      ['/rate_limit', 502, true],
      ['/rate_limit', 200, false],
    ])
    gh.failWithSecondaryRateLimit({ path: '/user', retryAfterSeconds: 0 })
    const limited = await call('GET', '/user')
    expect(limited.status).toBe(403)
    expect(limited.headers.get('retry-after')).toBe('0')
    expect(limited.body).toMatchObject({ message: expect.stringContaining('secondary rate limit') })
    gh.assertNoViolations()
  })
})

/** A fresh, uncached copy of the description, as the first server of a run would load it. */
function loadFresh(): OpenApiDocument {
  const doc = JSON.parse(readFileSync(DEFAULT_SPEC_PATH, 'utf8')) as OpenApiDocument
  normalizeNullable(doc)
  return doc
}
