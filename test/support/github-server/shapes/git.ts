/** GitHub JSON shapes of commits, git refs and branches, built from the git graph. */
import type { CommitRecord } from '../git-graph.js'
import type { RepoState } from '../repo-state.js'
import { simpleUser, type Urls } from './common.js'

type Json = Record<string, unknown>

const api = (u: Urls, repo: RepoState) => `${u.api}/repos/${repo.fullName}`

/** GitHub's `commit` (what the merges API returns and a branch embeds). */
export function commitShape(u: Urls, repo: RepoState, commit: CommitRecord): Json {
  const person = { name: repo.viewer, email: `${repo.viewer}@users.noreply.github.com`, date: commit.date }
  const link = (sha: string) => ({
    sha,
    url: `${api(u, repo)}/commits/${sha}`,
    html_url: htmlCommit(u, repo, sha),
  })
  return {
    url: `${api(u, repo)}/commits/${commit.sha}`,
    sha: commit.sha,
    node_id: Buffer.from(`C_${commit.sha}`).toString('base64').replace(/=+$/, ''),
    html_url: htmlCommit(u, repo, commit.sha),
    comments_url: `${api(u, repo)}/commits/${commit.sha}/comments`,
    commit: {
      url: `${api(u, repo)}/git/commits/${commit.sha}`,
      author: person,
      committer: person,
      message: commit.message,
      comment_count: 0,
      // A fake tree id derived from the commit: nothing in the server serves trees.
      tree: { sha: commit.sha.split('').reverse().join(''), url: `${api(u, repo)}/git/trees/${commit.sha}` },
    },
    author: simpleUser(u, repo.viewer),
    committer: simpleUser(u, repo.viewer),
    parents: commit.parents.map(link),
  }
}

function htmlCommit(u: Urls, repo: RepoState, sha: string): string {
  return `${u.html}/${repo.fullName}/commit/${sha}`
}

/** GitHub's `git-ref` for a branch. */
export function branchRefShape(u: Urls, repo: RepoState, branch: string, sha: string): Json {
  return {
    ref: `refs/heads/${branch}`,
    node_id: Buffer.from(`REF_${repo.id}_${branch}`).toString('base64').replace(/=+$/, ''),
    url: `${api(u, repo)}/git/refs/heads/${branch}`,
    object: { type: 'commit', sha, url: `${api(u, repo)}/git/commits/${sha}` },
  }
}

/** GitHub's `branch-with-protection`; the fake never protects branches. */
export function branchShape(u: Urls, repo: RepoState, branch: string, commit: CommitRecord): Json {
  const self = `${api(u, repo)}/branches/${encodeURIComponent(branch)}`
  return {
    name: branch,
    commit: commitShape(u, repo, commit),
    _links: { html: `${u.html}/${repo.fullName}/tree/${branch}`, self },
    protected: false,
    protection: { enabled: false },
    protection_url: `${self}/protection`,
  }
}
