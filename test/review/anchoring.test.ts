/**
 * Fingerprints across a line shift, the changed-lines filter and the diff parser, on real
 * repositories (no ESLint: only the SQL and workflow agents run here).
 */
import { describe, expect, it } from '@jest/globals'
import { runGit } from '../../src/git/git.js'
import { parseUnifiedDiff } from '../../src/review/diff.js'
import { fingerprint, occurrences } from '../../src/review/fingerprint.js'
import { runReview } from '../../src/review/run.js'
import { createTempRepo } from '../support/git-repos.js'
import { reviewChange } from './support.js'

const SQL_AGENTS = ['database-architect', 'security-auditor'] as const
const options = {
  provider: 'offline' as const,
  minScore: 8,
  waiversPath: 'w.yml',
  coveragePath: 'lcov.info',
  today: '2025-06-01',
}

describe('fingerprints', () => {
  it('stay the same when the offending line moves down and change when its content changes', async () => {
    const repo = await createTempRepo()
    try {
      const base = await repo.sha()
      const sql = 'create table profiles (id uuid primary key);\n'
      const first = await repo.commit('add table', { 'db/001.sql': sql })
      const shifted = await repo.commit('comment above', {
        'db/001.sql': `-- profiles of users\n-- owned by auth\n\n${sql}`,
      })
      const renamed = await repo.commit('rename', { 'db/001.sql': sql.replace('profiles', 'accounts') })
      const review = (head: string) =>
        runReview({ ...options, root: repo.dir, base, head, agents: [...SQL_AGENTS] })
      const [a, b, c] = [await review(first), await review(shifted), await review(renamed)]
      expect(a.findings[0]!.line).toBe(1)
      expect(b.findings[0]!.line).toBe(4)
      expect(b.findings[0]!.fingerprint).toBe(a.findings[0]!.fingerprint)
      expect(c.findings[0]!.fingerprint).not.toBe(a.findings[0]!.fingerprint)
      // Re-running on the same commit gives the same document.
      expect((await review(first)).findings).toEqual(a.findings)
    } finally {
      await repo.cleanup()
    }
  })

  it('ignore indentation and tell identical lines apart by order', () => {
    const base = { owner: 'security-auditor', rule: 'r', file: 'f.ts', occurrence: 1 }
    expect(fingerprint({ ...base, content: '  x  =  1' })).toBe(fingerprint({ ...base, content: 'x = 1' }))
    expect(fingerprint({ ...base, content: 'x = 1', occurrence: 2 })).not.toBe(
      fingerprint({ ...base, content: 'x = 1' }),
    )
    expect(fingerprint({ ...base, owner: 'devops-engineer', content: 'x = 1' })).not.toBe(
      fingerprint({ ...base, content: 'x = 1' }),
    )
    expect(
      occurrences([
        { key: 'k', line: 9 },
        { key: 'j', line: 1 },
        { key: 'k', line: 2 },
      ]),
    ).toEqual([2, 1, 1])
  })
})

describe('changed lines only', () => {
  it('drops findings on lines the change did not add, even in a changed file', async () => {
    const old = 'create table legacy (id int);\n'
    const out = await reviewChange(
      { 'db/001.sql': old },
      { 'db/001.sql': `${old}create table fresh (id int);\n` },
      { agents: [...SQL_AGENTS] },
    )
    expect(out.findings.map((f) => `${f.rule}:${f.line}`)).toEqual(['table-without-rls:2'])
    expect(out.outsideDiff).toBe(1)
  })

  it('parses real git diffs: added lines, renames, deletions and binary files', async () => {
    const repo = await createTempRepo({
      files: { 'a.txt': '1\n2\n3\n', 'old name.txt': 'x\n', 'gone.txt': 'g\n' },
    })
    try {
      const base = await repo.sha()
      await repo.git('mv', 'old name.txt', 'new name.txt')
      await repo.git('rm', '--quiet', 'gone.txt')
      const head = await repo.commit('edit', { 'a.txt': '1\nTWO\n3\n4\n', 'img.bin': '\0\x01' })
      const { stdout } = await runGit(
        ['-c', 'core.quotePath=false', 'diff', '--unified=0', '-M', base, head],
        { cwd: repo.dir },
      )
      const files = parseUnifiedDiff(stdout)
      expect(files.find((f) => f.path === 'a.txt')).toMatchObject({ status: 'modified', addedLines: [2, 4] })
      expect(files.find((f) => f.path === 'new name.txt')).toMatchObject({
        status: 'renamed',
        oldPath: 'old name.txt',
        addedLines: [],
      })
      expect(files.find((f) => f.path === 'gone.txt')).toMatchObject({ status: 'deleted' })
      expect(files.find((f) => f.path === 'img.bin')).toMatchObject({ status: 'added', binary: true })
    } finally {
      await repo.cleanup()
    }
  })
})
