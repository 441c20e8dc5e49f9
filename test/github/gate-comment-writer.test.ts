/**
 * The single PR gate comment under the conditions of a real PR: the capabilities' jobs write their
 * sections at the same time, two may create the comment at once, and GitHub has no conditional
 * update. Against the GitHub test server (every request checked against GitHub's description).
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import type { GitHubForge } from '../../src/github/forge.js'
import { upsertGateSection } from '../../src/github/gate-comment-writer.js'
import { GATE_MARKER, parseGateComment } from '../../src/report/gate-comment.js'
import type { GateSection } from '../../src/report/gate-section.js'
import { forgeOn } from '../support/github-forge.js'
import { startGitHubServer, type GitHubServer, type RepoState } from '../support/github-server/index.js'

let gh: GitHubServer
let repo: RepoState
let forge: GitHubForge
let pull: number

beforeEach(async () => {
  gh = await startGitHubServer()
  repo = gh.state.addRepo('acme', 'app', { defaultBranch: 'main' })
  forge = forgeOn(gh)
  pull = repo.addIssue({ title: 'a pull request' }).number
})

afterEach(async () => {
  try {
    gh.assertNoViolations()
  } finally {
    await gh.close()
  }
})

const section = (capability: string, status: GateSection['status'], note = ''): GateSection => ({
  capability,
  status,
  reasons: status === 'failed' ? `- ❌ **${capability}**: fails${note}` : '',
  details: `${capability} details${note}`,
})

const gateComments = () => repo.commentsOf(pull).filter((c) => c.body.includes(GATE_MARKER))

describe('upsertGateSection', () => {
  it('three jobs at once leave one comment with every section, failing reasons first', async () => {
    const sections = [
      section('consolidation', 'passed'),
      section('prefilter', 'failed'),
      section('review', 'passed'),
    ]
    const results = await Promise.all(
      sections.map((s) => upsertGateSection(forge, pull, s, { settleMs: 30 })),
    )
    const comments = gateComments()
    expect(comments).toHaveLength(1)
    expect(new Set(results.map((r) => r.commentId))).toEqual(new Set([comments[0]!.id]))
    const body = comments[0]!.body
    expect(
      parseGateComment(body)
        .map((s) => [s.capability, s.status])
        .sort(),
    ).toEqual([
      ['consolidation', 'passed'],
      ['prefilter', 'failed'],
      ['review', 'passed'],
    ])
    expect(body).toMatch(/^## ❌ launchgate PR gate fails: prefilter$/m)
    expect(body.indexOf('**prefilter**: fails')).toBeLessThan(body.indexOf('consolidation details'))
  })

  it('a job that read before another job wrote writes again, so no section is lost', async () => {
    await upsertGateSection(forge, pull, section('consolidation', 'passed'), { settleMs: 0 })
    // The review job read the comment before the prefilter wrote; its write drops the prefilter's section.
    const stale = gateComments()[0]!.body
    let overwrites = 0
    const result = await upsertGateSection(forge, pull, section('prefilter', 'failed'), {
      settleMs: 0,
      // While the prefilter waits to check, the review job writes what it read before (once).
      sleep: async () => {
        if (overwrites++ === 0) await forge.updateComment(gateComments()[0]!.id, stale)
      },
    })
    expect(result.rewrites).toBe(1)
    expect(
      parseGateComment(gateComments()[0]!.body)
        .map((s) => s.capability)
        .sort(),
    ).toEqual(['consolidation', 'prefilter'])
  })

  it('gives up with a named error when another writer keeps overwriting the section', async () => {
    await upsertGateSection(forge, pull, section('consolidation', 'passed'), { settleMs: 0 })
    const stale = gateComments()[0]!.body
    const attempt = upsertGateSection(forge, pull, section('prefilter', 'failed'), {
      attempts: 3,
      sleep: async () => {
        await forge.updateComment(gateComments()[0]!.id, stale)
      },
    })
    await expect(attempt).rejects.toThrow(/prefilter section .* overwritten 3 times/)
  })

  it('two comments created at once are merged into the oldest', async () => {
    // Both jobs found no comment and created one each.
    await forge.createComment(pull, `<!-- ${GATE_MARKER} -->\nold`)
    const first = await upsertGateSection(forge, pull, section('consolidation', 'passed'), { settleMs: 0 })
    await forge.createComment(
      pull,
      gateComments()[0]!
        .body.replace('consolidation details', 'x')
        .replace(/consolidation/g, 'review'),
    )
    expect(gateComments()).toHaveLength(2)
    const second = await upsertGateSection(forge, pull, section('prefilter', 'passed'), { settleMs: 0 })
    expect(gateComments()).toHaveLength(1)
    expect(second.commentId).toBe(first.commentId)
    expect(
      parseGateComment(gateComments()[0]!.body)
        .map((s) => s.capability)
        .sort(),
    ).toEqual(['consolidation', 'prefilter', 'review'])
  })

  it('an unchanged section writes nothing', async () => {
    await upsertGateSection(forge, pull, section('review', 'passed'), { settleMs: 0 })
    const writes = () => gh.requests.filter((r) => r.method !== 'GET').length
    const before = writes()
    const again = await upsertGateSection(forge, pull, section('review', 'passed'), { settleMs: 0 })
    expect(again).toMatchObject({ action: 'unchanged', rewrites: 0 })
    expect(writes()).toBe(before)
  })
})
