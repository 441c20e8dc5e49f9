/**
 * The tip commit of a branch with its message and parents, which the forge port does not offer:
 * a tiny port of its own (like pull-merge.ts) with a GitHub adapter (`GET /branches/{branch}`)
 * and a git one (the local forge's remote). A re-dispatched deploy reads it to recognise the merge
 * an interrupted run left on the target branch.
 */
import { ApiError } from '../errors.js'
import { callGitHub, type GitHubClient } from '../github/client.js'
import { runGit } from '../git/git.js'
import type { RepoRef } from '../ports/forge.js'

/** A commit as a branch's tip: its sha, full message and parents in order (base first for a merge). */
export interface TipCommit {
  sha: string
  message: string
  parents: string[]
}

/** Reads the tip commit of a branch; undefined when the branch does not exist. */
export interface BranchTips {
  tip(branch: string): Promise<TipCommit | undefined>
}

/** GitHub's branches API, which returns the tip commit with its parents. */
export function githubBranchTips(octokit: GitHubClient, repo: RepoRef): BranchTips {
  return {
    async tip(branch) {
      const request = `GET /repos/${repo.owner}/${repo.repo}/branches/${branch}`
      try {
        const { data } = await callGitHub(request, () =>
          octokit.rest.repos.getBranch({ owner: repo.owner, repo: repo.repo, branch }),
        )
        const c = data.commit
        return { sha: c.sha, message: c.commit.message, parents: c.parents.map((p) => p.sha) }
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return undefined
        throw error
      }
    },
  }
}

/** A git repository holding the branch (the local forge's bare remote). */
export function gitBranchTips(gitDir: string, env?: Record<string, string>): BranchTips {
  return {
    async tip(branch) {
      const ref = `refs/heads/${branch}`
      const found = await runGit(['rev-parse', '--verify', '--quiet', ref], {
        cwd: gitDir,
        env,
        allowExitCodes: [1],
      })
      if (found.code !== 0) return undefined
      // %H, %P on one line each, then the raw message: the message may hold any character.
      const { stdout } = await runGit(['log', '-1', '--format=%H%n%P%n%B', ref, '--'], { cwd: gitDir, env })
      const [sha = '', parents = '', ...message] = stdout.split('\n')
      return { sha, parents: parents.split(' ').filter(Boolean), message: message.join('\n').trim() }
    },
  }
}
