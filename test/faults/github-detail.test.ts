/**
 * GitHub's reasons behind a 422 reach the user: "Validation Failed" alone says nothing to act on,
 * its `errors[].message` ("No commits between main and staging") does.
 */
import { afterEach, beforeEach, expect, it } from '@jest/globals'
import { ApiError } from '../../src/errors.js'
import type { GitHubForge } from '../../src/github/forge.js'
import { forgeOn } from '../support/github-forge.js'
import { startGitHubServer, type GitHubServer } from '../support/github-server/index.js'

let gh: GitHubServer
let forge: GitHubForge

beforeEach(async () => {
  gh = await startGitHubServer()
  const repo = gh.state.addRepo('acme', 'app', { defaultBranch: 'main' })
  repo.git.setBranch('staging', repo.git.branches.get('main'))
  forge = forgeOn(gh)
})

afterEach(async () => {
  await gh.close()
})

it("a 422 names GitHub's reason, not only 'Validation Failed'", async () => {
  const error = await forge
    .createPullRequest({ title: 'Deploy', body: '', head: 'staging', base: 'main' })
    .then(
      () => undefined,
      (e: unknown) => e,
    )
  expect(error).toBeInstanceOf(ApiError)
  expect((error as ApiError).status).toBe(422)
  expect((error as ApiError).message).toBe(
    'GitHub POST /repos/acme/app/pulls failed (HTTP 422): Validation Failed (No commits between main and staging)',
  )
  gh.assertNoViolations()
})
