/** A GitHubForge on the GitHub test server, with retries and write spacing shortened for tests. */
import { createGitHubClient } from '../../src/github/client.js'
import { GitHubForge } from '../../src/github/forge.js'
import type { GitHubServer } from './github-server/index.js'

export function forgeOn(gh: GitHubServer, owner = 'acme', repo = 'app'): GitHubForge {
  // retryAfterBaseMs 1: the retry plugin's backoff (1, 4, 9 x base) stays in milliseconds.
  const client = createGitHubClient({
    token: 'test-token',
    baseUrl: gh.url,
    retryAfterBaseMs: 1,
    writeSpacingMs: 0,
  })
  return new GitHubForge(client, { owner, repo })
}
