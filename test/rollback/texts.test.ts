/** The pure words of a rollback: what finds an earlier run's work again, and what GitHub accepts. */
import { describe, expect, it } from '@jest/globals'
import { porcelainFlag } from '../../src/rollback/revert-writer.js'
import {
  DEFAULT_LABELS,
  issueMarker,
  mentionsSha,
  pullBody,
  pullTitle,
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
