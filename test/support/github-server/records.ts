/**
 * The records the fake GitHub keeps per repository: plain data, shaped into GitHub's JSON only
 * when answered (see shapes/), so tests can seed and inspect them directly.
 */

/** An issue, or the issue half of a pull request (they share GitHub's number space). */
export interface IssueRecord {
  id: number
  number: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  stateReason: 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null
  labels: string[]
  author: string
  createdAt: string
  updatedAt: string
  closedAt: string | null
  /** Present on pull requests only. */
  pull?: PullData
}

/** A pull request: an issue record whose pull-request half is present. */
export type PullIssue = IssueRecord & { pull: PullData }

/** The pull-request half of an {@link IssueRecord}. */
export interface PullData {
  id: number
  head: string
  base: string
  /** Head sha at creation; the live value follows the head branch while the PR is open. */
  headSha: string
  baseSha: string
  draft: boolean
  merged: boolean
  mergedAt: string | null
  mergeCommitSha: string | null
  files: FileRecord[]
}

/** One changed file of a pull request, as `GET .../pulls/{n}/files` lists it. */
export interface FileRecord {
  filename: string
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'
  previousFilename?: string
  patch?: string
  additions?: number
  deletions?: number
}

export interface CommentRecord {
  id: number
  issueNumber: number
  body: string
  author: string
  createdAt: string
  updatedAt: string
}

export interface LabelRecord {
  id: number
  name: string
  color: string
  description: string | null
}

export interface DeploymentRecord {
  id: number
  sha: string
  ref: string
  task: string
  environment: string
  description: string | null
  payload: Record<string, unknown> | string
  creator: string
  createdAt: string
  updatedAt: string
}

export type DeploymentState =
  'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success'

export interface DeploymentStatusRecord {
  id: number
  deploymentId: number
  state: DeploymentState
  description: string
  environment: string
  environmentUrl: string
  logUrl: string
  creator: string
  createdAt: string
}

/** A commit status (Statuses API). */
export interface CommitStatusRecord {
  id: number
  sha: string
  state: 'error' | 'failure' | 'pending' | 'success'
  context: string
  description: string | null
  targetUrl: string | null
  creator: string
  createdAt: string
}

/** A check run (Checks API). */
export interface CheckRunRecord {
  id: number
  headSha: string
  name: string
  status: 'queued' | 'in_progress' | 'completed'
  conclusion:
    'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required' | null
  detailsUrl: string | null
  startedAt: string
  completedAt: string | null
  title: string | null
  summary: string | null
}

export interface ReviewRecord {
  id: number
  pullNumber: number
  body: string
  state: 'COMMENTED' | 'APPROVED' | 'CHANGES_REQUESTED' | 'PENDING'
  commitId: string
  author: string
  submittedAt: string
}

/** A line comment on a pull request's diff, alone or as part of a review. */
export interface ReviewCommentRecord {
  id: number
  pullNumber: number
  reviewId: number | null
  path: string
  line: number | null
  side: 'LEFT' | 'RIGHT'
  body: string
  commitId: string
  author: string
  createdAt: string
}
