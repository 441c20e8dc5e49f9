/**
 * Every kind of GitHub write under every fault, through the fault proxy in front of the GitHub
 * fake: the write ends done exactly once (no duplicate issue, PR, comment, branch, merge,
 * deployment or status), or fails with an error that names the request, never blind-retried.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { ApiError } from '../../src/errors.js'
import { createGitHubClient } from '../../src/github/client.js'
import { GitHubForge } from '../../src/github/forge.js'
import {
  SECONDARY_RATE_LIMIT_MESSAGE,
  startGitHubServer,
  type GitHubServer,
  type RepoState,
} from '../support/github-server/index.js'
import { startFaultProxy, type Fault, type FaultProxy } from '../support/fault-proxy.js'

let gh: GitHubServer
let repo: RepoState
let proxy: FaultProxy
let forge: GitHubForge
let deploymentId = 0

beforeEach(async () => {
  gh = await startGitHubServer()
  repo = gh.state.addRepo('acme', 'app', { defaultBranch: 'main' })
  proxy = await startFaultProxy(gh.url)
  const client = createGitHubClient({
    token: 'test-token',
    baseUrl: proxy.url,
    retryAfterBaseMs: 1,
    writeSpacingMs: 0,
    timeoutMs: 400,
  })
  forge = new GitHubForge(client, { owner: 'acme', repo: 'app' })
})

afterEach(async () => {
  try {
    gh.assertNoViolations()
  } finally {
    await proxy.close()
    await gh.close()
  }
})

const FAULTS: Array<[string, Fault]> = [
  ['502 after the write was done', { kind: 'lost', status: 502 }],
  ['504 after the write was done', { kind: 'lost', status: 504 }],
  ['a reset after the write was done', { kind: 'lost-reset' }],
  ['a truncated body', { kind: 'truncate' }],
  ['a body slower than the timeout', { kind: 'slow', delayMs: 1000 }],
  ['500 before the write', { kind: 'answer', status: 500 }],
  ['503 before the write', { kind: 'answer', status: 503 }],
  ['429 with Retry-After', { kind: 'answer', status: 429, headers: { 'retry-after': '1' } }],
  [
    'a 403 secondary rate limit',
    {
      kind: 'answer',
      status: 403,
      headers: { 'retry-after': '1', 'x-ratelimit-remaining': '4000' },
      body: { message: SECONDARY_RATE_LIMIT_MESSAGE },
    },
  ],
  ['a connection reset before the write', { kind: 'reset' }],
]

/** One write, the path it is sent to, and how many of what it makes exist afterwards. */
interface WriteCase {
  method: string
  path: RegExp
  arrange?: () => void
  write: () => Promise<unknown>
  made: () => number
}

const WRITES: Record<string, WriteCase> = {
  'create an issue': {
    method: 'POST',
    path: /\/issues$/,
    write: () => forge.createIssue({ title: 'incident', body: 'b', labels: ['rollback'] }),
    made: () => [...repo.issues.values()].filter((i) => !i.pull).length,
  },
  'create a comment': {
    method: 'POST',
    path: /\/comments$/,
    arrange: () => void repo.addIssue({ title: 'release' }),
    write: () => forge.createComment(1, 'deployed'),
    made: () => repo.commentsOf(1).length,
  },
  'open a PR with its label': {
    method: 'POST',
    path: /\/pulls$/,
    arrange: () => void repo.git.commit('feature'),
    write: () =>
      forge.createPullRequest({ title: 't', body: 'b', head: 'feature', base: 'main', labels: ['x'] }),
    made: () => repo.pulls().filter((p) => p.labels.includes('x')).length,
  },
  'label a PR': {
    method: 'POST',
    path: /\/issues\/\d+\/labels$/,
    arrange: () => void repo.git.commit('feature'),
    write: () =>
      forge.createPullRequest({ title: 't', body: 'b', head: 'feature', base: 'main', labels: ['x'] }),
    made: () => repo.pulls().filter((p) => p.labels.includes('x')).length,
  },
  'create a branch': {
    method: 'POST',
    path: /\/git\/refs$/,
    write: async () => forge.createBranch('rollback/x', repo.git.resolve('main')!),
    made: () => (repo.git.branches.has('rollback/x') ? 1 : 0),
  },
  'merge a branch': {
    method: 'POST',
    path: /\/merges$/,
    arrange: () => void repo.git.commit('staging'),
    write: async () => {
      const result = await forge.mergeBranches({ base: 'main', head: 'staging', message: 'release' })
      expect(result.status).toBe('merged')
    },
    made: () => [...repo.git.commits.values()].filter((c) => c.message === 'release').length,
  },
  'create a deployment': {
    method: 'POST',
    path: /\/deployments$/,
    write: () => forge.createDeployment({ ref: 'main', environment: 'production', payload: { a: 1 } }),
    made: () => repo.deployments.size,
  },
  'post a deployment status': {
    method: 'POST',
    path: /\/deployments\/\d+\/statuses$/,
    arrange: () => void (deploymentId = repo.addDeployment({ ref: 'main', environment: 'production' }).id),
    write: () => forge.createDeploymentStatus(deploymentId, { state: 'success', description: 'live' }),
    made: () => repo.deploymentStatuses.length,
  },
}

describe.each(Object.entries(WRITES))('%s', (_name, c) => {
  it.each(FAULTS)('under %s: done exactly once', async (_fault, fault) => {
    c.arrange?.()
    proxy.add({ method: c.method, path: c.path, fault })
    await c.write()
    expect(proxy.log.some((l) => l.fault === fault.kind)).toBe(true)
    expect(c.made()).toBe(1)
  })

  it('fails with a named error when every attempt is lost, having written once at most', async () => {
    c.arrange?.()
    proxy.add({ method: c.method, path: c.path, fault: { kind: 'answer', status: 502 }, times: Infinity })
    const error = await c.write().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).message).toContain(c.method)
    expect(c.made()).toBe(0)
  })
})
