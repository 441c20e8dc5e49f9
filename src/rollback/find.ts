/**
 * What a rollback run reads before it writes anything: the rollback PR and issue an earlier run
 * opened (by branch and by hidden marker), the deploy's own PR, and a `rollback:hold` label on any
 * of them. Reads only; the use case decides.
 */
import type { Forge, Issue, PullRequest } from '../ports/forge.js'
import { issueMarker, mentionsSha, type RollbackLabels } from './texts.js'

/** The rollback of a sha as GitHub shows it now. */
export interface ExistingRollback {
  /** The open rollback PR, or else the newest closed one (merged, or declined by a person). */
  pullRequest?: PullRequest
  /** The rollback issue (open or closed), the oldest when duplicates exist. */
  issue?: Issue
}

/** A `rollback:hold` label that stops automatic action, and where it is. */
export interface Hold {
  /** `#12`, in the user's words. */
  on: string
  url?: string
}

/** Finds the rollback PR of `branch` and the issue carrying the marker of `sha`. */
export async function findExisting(
  forge: Forge,
  sha: string,
  branch: string,
  labels: RollbackLabels,
): Promise<ExistingRollback> {
  const [pulls, issues] = await Promise.all([
    forge.findPullRequests({ head: branch, state: 'all' }),
    forge.findIssues({ labels: [labels.rollback], state: 'all' }),
  ])
  const marker = issueMarker(sha)
  const pullRequest = pulls.find((p) => p.state === 'open') ?? pulls[0]
  // The oldest issue is the one people have been reading; a later duplicate is never preferred.
  const issue = issues.filter((i) => i.body.includes(marker)).sort((a, b) => a.number - b.number)[0]
  return { pullRequest, issue }
}

/**
 * The deploy's pull request: the one named by the caller, or the closed PR whose merge commit is
 * the deployed sha. Only read on the way to a rollback, so the scan of closed PRs stays rare.
 */
export async function findDeployPullRequest(
  forge: Forge,
  sha: string,
  base: string,
  number?: number,
): Promise<PullRequest | undefined> {
  if (number !== undefined) return forge.getPullRequest(number)
  const closed = await forge.findPullRequests({ base, state: 'closed' })
  return closed.find((p) => p.merged && p.mergeCommitSha === sha)
}

/**
 * The first hold that applies: on the deploy's PR, on an open issue about the deploy (it names the
 * sha), or on the rollback PR or issue itself (a person said "leave this one to me").
 */
export async function findHold(
  forge: Forge,
  sha: string,
  labels: RollbackLabels,
  candidates: Array<PullRequest | Issue | undefined>,
): Promise<Hold | undefined> {
  for (const item of candidates) {
    if (item?.labels.includes(labels.hold)) return { on: `#${item.number}`, url: item.url }
  }
  const held = await forge.findIssues({ labels: [labels.hold], state: 'open' })
  const about = held.find((i) => mentionsSha(`${i.title}\n${i.body}`, sha))
  return about && { on: `#${about.number}`, url: about.url }
}
