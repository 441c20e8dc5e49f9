/** The push credential travels in git's environment only, scoped to the server, never in a file. */
import { describe, expect, it } from '@jest/globals'
import { runGit } from '../../src/git/git.js'
import { gitAuth } from '../../src/rollback/git-auth.js'
import { createTempRepo } from '../support/git-repos.js'

describe('gitAuth', () => {
  it('gives git an Authorization header for the server, which git reads from the environment', async () => {
    const auth = gitAuth('ghs_secret_token', 'https://ghes.example.com/')
    expect(auth.secret).toBe(Buffer.from('x-access-token:ghs_secret_token').toString('base64'))
    const repo = await createTempRepo()
    try {
      const key = 'http.https://ghes.example.com/.extraheader'
      const read = await runGit(['config', '--get', key], {
        cwd: repo.dir,
        env: { ...repo.env, ...auth.env },
      })
      expect(read.stdout.trim()).toBe(`AUTHORIZATION: basic ${auth.secret}`)
      // Nothing was written to the repository's config.
      const saved = await runGit(['config', '--local', '--list'], { cwd: repo.dir, env: repo.env })
      expect(saved.stdout).not.toContain('extraheader')
    } finally {
      await repo.cleanup()
    }
  })

  it('adds nothing without a token', () => {
    expect(gitAuth(undefined)).toEqual({ env: {} })
  })
})
