/**
 * What every call of the GitHub forge shares: the repository's parameters, the naming of requests
 * in errors, writes sent once (`writeOnce`), and the reading of GitHub's answers. A base class, so
 * `forge.ts` reads as the port's operations and nothing else.
 */
import { ApiError } from '../errors.js'
import type { RepoRef } from '../ports/forge.js'
import { LostAnswerError } from './bounded-fetch.js'
import { callGitHub, writePolicyOf, type GitHubClient } from './client.js'
import type { TipCommit } from './write-lookups.js'
import { writeOnce, type WritePolicy } from './write-once.js'

type Rest = GitHubClient['rest']

/** The base of {@link GitHubForge}. */
export abstract class GitHubCalls {
  protected readonly rest: Rest
  /** `{ owner, repo }`, the part of every request's parameters naming the repository. */
  protected readonly r: { owner: string; repo: string }
  private readonly policy: WritePolicy

  /** @param octokit a client from `createGitHubClient` (retries, throttling, base URL). */
  constructor(
    protected readonly octokit: GitHubClient,
    readonly repo: RepoRef,
  ) {
    this.rest = octokit.rest
    this.r = { owner: repo.owner, repo: repo.repo }
    this.policy = writePolicyOf(octokit)
  }

  /** `METHOD /repos/owner/name<suffix>`: how errors name a request. */
  protected requestName(method: string, suffix: string): string {
    return `${method} /repos/${this.repo.owner}/${this.repo.repo}${suffix}`
  }

  /** The tip commit of a branch with its message and parents, for telling a merge it made. */
  protected async tipCommit(branch: string): Promise<TipCommit | undefined> {
    const res = await this.call('GET', `/branches/${branch}`, () =>
      this.rest.repos.getBranch({ ...this.r, branch }),
    )
    const c = res.data.commit
    return { sha: c.sha, message: c.commit.message, parents: c.parents.map((p) => p.sha) }
  }

  /** A write sent once: see `writeOnce`; `lookup` tells whether a lost attempt was done. */
  protected write<T>(
    method: string,
    suffix: string,
    attempt: () => Promise<T>,
    lookup?: () => Promise<T | undefined>,
  ): Promise<T> {
    const name = this.requestName(method, suffix)
    return callGitHub(name, () => writeOnce({ name: `${method} ${suffix}`, attempt, lookup }, this.policy))
  }

  /** Runs one call; a failure becomes an ApiError naming the request and the status. */
  protected call<T>(method: string, suffix: string, run: () => Promise<T>): Promise<T> {
    return callGitHub(this.requestName(method, suffix), run)
  }
}

/** The body of a successful answer; an answer without one (cut short, not JSON) was lost. */
export function answered<D>(res: { status: number; data: D }): D {
  if (res.data !== null && typeof res.data === 'object') return res.data
  throw new LostAnswerError(`HTTP ${res.status} came without its JSON body`)
}

/** GitHub's own error text (`message` of the response body) behind an ApiError, if any. */
export function githubMessage(error: ApiError): string | undefined {
  const data = (error.cause as { response?: { data?: { message?: unknown } } } | undefined)?.response?.data
  return typeof data?.message === 'string' && data.message !== '' ? data.message : undefined
}

/** True for an ApiError with that status whose 422-style `errors` list has that code. */
export function hasErrorCode(error: unknown, status: number, code: string): boolean {
  if (!(error instanceof ApiError) || error.status !== status) return false
  const data = (error.cause as { response?: { data?: { errors?: unknown } } } | undefined)?.response?.data
  return Array.isArray(data?.errors) && data.errors.some((e: { code?: unknown }) => e?.code === code)
}
