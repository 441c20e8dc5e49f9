/**
 * Pieces of the local forge that do not touch git or the disk: its error type, and the mapping
 * from stored records to the port's types.
 */
import { UserError } from '../errors.js'
import type { Comment, Deployment, DeploymentStatus, Issue, PullRequest, RepoRef } from './forge.js'
import type { StoredComment, StoredDeployment, StoredIssue } from './local-forge-store.js'

/**
 * A request the local forge refuses, as GitHub would: `status` is the HTTP status GitHub answers
 * with (404 unknown issue or branch, 422 invalid input), so callers can treat both adapters alike.
 */
export class LocalForgeError extends UserError {
  override readonly name: string = 'LocalForgeError'
  readonly status: 404 | 409 | 422
  constructor(status: 404 | 409 | 422, message: string) {
    super(`local forge: ${message}`)
    this.status = status
  }
}

/** `local://owner/repo/<kind>/<n>`: stable, readable, and clearly not a GitHub link. */
export function localUrl(repo: RepoRef, kind: 'issues' | 'pull', number: number): string {
  return `local://${repo.owner}/${repo.repo}/${kind}/${number}`
}

/** The port's view of a stored issue. */
export function toIssue(repo: RepoRef, stored: StoredIssue): Issue {
  return {
    number: stored.number,
    title: stored.title,
    body: stored.body,
    state: stored.state,
    labels: [...stored.labels],
    url: localUrl(repo, stored.pullRequest ? 'pull' : 'issues', stored.number),
  }
}

/** The port's view of a stored pull request; `liveHeadSha` is the head branch's current commit. */
export function toPullRequest(repo: RepoRef, stored: StoredIssue, liveHeadSha?: string): PullRequest {
  const pull = stored.pullRequest
  if (!pull) throw new LocalForgeError(404, `#${stored.number} is an issue, not a pull request`)
  const pr: PullRequest = {
    ...toIssue(repo, stored),
    merged: pull.merged,
    head: pull.head,
    base: pull.base,
    // GitHub follows the head branch while the pull request is open; after that it is frozen.
    headSha: stored.state === 'open' && liveHeadSha ? liveHeadSha : pull.headSha,
  }
  if (pull.mergeCommitSha) pr.mergeCommitSha = pull.mergeCommitSha
  return pr
}

/** The port's view of a stored comment. */
export function toComment(stored: StoredComment): Comment {
  return { id: stored.id, body: stored.body, author: stored.author, createdAt: stored.createdAt }
}

/** The port's view of a stored deployment (without its statuses). */
export function toDeployment(stored: StoredDeployment): Deployment {
  const { statuses: _statuses, ...deployment } = stored
  return structuredClone(deployment)
}

/** Newest first, as GitHub lists deployment statuses. */
export function toStatuses(stored: StoredDeployment): DeploymentStatus[] {
  return stored.statuses.map((status) => ({ ...status })).reverse()
}

/** Finds an issue or pull request by number, or fails like GitHub's 404. */
export function findNumber(issues: StoredIssue[], number: number): StoredIssue {
  const found = issues.find((issue) => issue.number === number)
  if (!found) throw new LocalForgeError(404, `no issue or pull request #${number}`)
  return found
}

/** Adds labels that do not exist yet, as GitHub does when an issue is labelled with a new name. */
export function addMissingLabels(
  labels: { name: string; color: string; description: string }[],
  names: string[],
): void {
  for (const name of names) {
    if (!labels.some((label) => label.name === name)) labels.push({ name, color: 'ededed', description: '' })
  }
}

/** GitHub's issue filters: `state` defaults to open; every label listed must be present. */
export function matches(
  issue: StoredIssue,
  state: 'open' | 'closed' | 'all' = 'open',
  labels: string[] = [],
): boolean {
  return (state === 'all' || issue.state === state) && labels.every((label) => issue.labels.includes(label))
}

/** Issues and pull requests newest first, GitHub's default order. */
export function newestFirst<T extends { number: number }>(items: T[]): T[] {
  return [...items].sort((a, b) => b.number - a.number)
}
