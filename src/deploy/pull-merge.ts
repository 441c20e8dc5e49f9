/**
 * Merging a pull request, which the forge port does not offer (yet): a tiny port of its own with
 * a GitHub adapter (`PUT /pulls/{n}/merge`) and one over any forge whose branch merge closes the
 * pull request as GitHub does (the local forge).
 */
import { callGitHub, writePolicyOf, type GitHubClient } from '../github/client.js'
import { writeOnce } from '../github/write-once.js'
import type { Forge, PullRequest, RepoRef } from '../ports/forge.js'
import { LocalForgeError } from '../ports/local-forge.js'

/** Merges an open pull request and returns the merge commit. */
export interface PullRequestMerger {
  merge(pull: PullRequest, commitTitle: string): Promise<{ sha: string }>
}

/** GitHub's merge button: a merge commit, and only if the head is still the commit we checked. */
export function githubPullRequestMerger(octokit: GitHubClient, repo: RepoRef): PullRequestMerger {
  return {
    async merge(pull, commitTitle) {
      const request = `PUT /repos/${repo.owner}/${repo.repo}/pulls/${pull.number}/merge`
      const params = {
        ...{ owner: repo.owner, repo: repo.repo, pull_number: pull.number },
        ...{ sha: pull.headSha, merge_method: 'merge' as const, commit_title: commitTitle },
      }
      // A merge whose answer was lost is looked up (the PR shows merged, with its merge commit)
      // before it is sent again: a second PUT would fail "not mergeable" after the first merged.
      const attempt = async () => ({ sha: (await octokit.rest.pulls.merge(params)).data.sha })
      const lookup = async () => {
        const { data } = await octokit.rest.pulls.get({
          owner: repo.owner,
          repo: repo.repo,
          pull_number: pull.number,
        })
        return data.merged && data.merge_commit_sha ? { sha: data.merge_commit_sha } : undefined
      }
      const name = `PUT /pulls/${pull.number}/merge`
      return callGitHub(request, () => writeOnce({ name, attempt, lookup }, writePolicyOf(octokit)))
    },
  }
}

/**
 * For a forge without merge rules of its own (the local forge): merging the branches is what the
 * merge button does, and the forge marks the pull request merged.
 */
export function branchMergePullRequestMerger(forge: Forge): PullRequestMerger {
  return {
    async merge(pull, commitTitle) {
      const result = await forge.mergeBranches({ base: pull.base, head: pull.head, message: commitTitle })
      if (result.status === 'merged') return { sha: result.sha }
      if (result.status === 'conflict') throw new LocalForgeError(409, result.message)
      // Already contained: the base's head is what is deployed.
      const sha = await forge.getBranchSha(pull.base)
      if (!sha)
        throw new LocalForgeError(404, `branch ${pull.base} disappeared while merging #${pull.number}`)
      return { sha }
    },
  }
}
