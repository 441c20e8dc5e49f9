/** The pure words of a rollback: what finds an earlier run's work again, and what GitHub accepts. */
import { describe, expect, it } from '@jest/globals'
import { porcelainFlag } from '../../src/rollback/revert-writer.js'
import {
  DEFAULT_LABELS,
  issueMarker,
  issueTitle,
  mentionsSha,
  pullBody,
  pullTitle,
  reasonHeadline,
  rollbackBranch,
} from '../../src/rollback/texts.js'

const SHA = '3f2a9c1d0e8b7a6f5e4d3c2b1a0f9e8d7c6b5a49'

describe('rollback texts', () => {
  it('names the branch and the markers after the full sha, the same in every run', () => {
    expect(rollbackBranch(SHA)).toBe(`rollback/${SHA}`)
    expect(issueMarker(SHA)).toBe(`<!-- launchgate:rollback-issue sha=${SHA} -->`)
  })

  it('recognises a deploy by its sha or a prefix of 7 or more, never a shorter or another one', () => {
    expect(mentionsSha(`Deploy ${SHA} to production`, SHA)).toBe(true)
    expect(mentionsSha('hold deploy 3F2A9C1 please', SHA)).toBe(true)
    expect(mentionsSha('hold deploy 3f2a9c please', SHA)).toBe(false)
    expect(mentionsSha('hold deploy 3f2a9c2 please', SHA)).toBe(false)
    expect(mentionsSha('x3f2a9c1d0e', SHA)).toBe(false)
  })

  it('keeps titles within GitHub’s 256 characters and bodies within a comment', () => {
    const subject = {
      sha: SHA,
      environment: 'production',
      reason: 'x'.repeat(500),
      evidenceMarkdown: 'y'.repeat(80_000),
    }
    expect(pullTitle(subject).length).toBeLessThanOrEqual(256)
    const body = pullBody(subject, DEFAULT_LABELS, 3)
    expect(body.length).toBeLessThanOrEqual(65_536)
    expect(body).toContain('evidence truncated')
  })

  it('reads git push --porcelain: new, up to date, rejected', () => {
    const ref = `refs/heads/${rollbackBranch(SHA)}`
    const out = (flag: string) => `To /tmp/remote.git\n${flag}\tabc:${ref}\t[new branch]\nDone\n`
    expect(porcelainFlag(out('*'), ref)).toBe('*')
    expect(porcelainFlag(out('='), ref)).toBe('=')
    expect(porcelainFlag(out('!'), ref)).toBe('!')
    expect(porcelainFlag('To x\nDone\n', ref)).toBeUndefined()
  })
})

describe('rollback titles', () => {
  // Two monitor runs of the same failing deploy: the PR is opened by the first, its body rewritten by the second.
  const first = {
    sha: SHA,
    environment: 'production',
    reason:
      'error-rate: error rate 9.1% of 20 over 2 buckets in a row, at least 6.2% at 95.0% confidence: above 5.0%',
    evidenceMarkdown: 'table',
  }
  const second = {
    ...first,
    reason:
      'error-rate: error rate 9.4% of 30 over 3 buckets in a row, at least 6.9% at 95.0% confidence: above 5.0%; p95: 6100 ms of 30: above 5000 ms in 2 buckets in a row',
  }

  it('quote no count the body will contradict once a later run rewrites it', () => {
    expect(pullTitle(first)).toBe('Roll back 3f2a9c1d0e8b on production: error-rate')
    expect(issueTitle(second)).toBe('Rollback of 3f2a9c1d0e8b on production: error-rate, p95')
    expect(pullTitle(second)).not.toMatch(/of \d+ over/)
    expect(pullBody(second, DEFAULT_LABELS, 4)).toContain('of 30 over 3 buckets')
  })

  it('name the deploy failure without its details', () => {
    const deploy = {
      ...first,
      reason: 'smoke tests failed after the deploy: login, P95 2400 ms over 2000 ms',
    }
    expect(pullTitle(deploy)).toBe(
      'Roll back 3f2a9c1d0e8b on production: smoke tests failed after the deploy',
    )
    expect(reasonHeadline('host returned 503')).toBe('host returned 503')
  })
})
