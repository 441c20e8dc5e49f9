/**
 * How to tell that a write whose answer was lost was done: one read per kind of write, each
 * matching what that write makes and nothing older that could be mistaken for it. Used by the
 * GitHub forge through `writeOnce`; pure reads of the forge port, plus the branch's tip commit.
 */
import type { Comment, Deployment, DeploymentStatus, Forge, Issue, PullRequest } from '../ports/forge.js'

type Reads = Pick<
  Forge,
  | 'findIssues'
  | 'listComments'
  | 'findPullRequests'
  | 'getPullRequest'
  | 'getBranchSha'
  | 'listDeployments'
  | 'listDeploymentStatuses'
  | 'listReviewComments'
>

/** The newest issue with this exact title and body (an issue with the same text is the same issue). */
export async function findCreatedIssue(
  forge: Reads,
  input: { title: string; body: string; labels?: string[] },
): Promise<Issue | undefined> {
  const issues = await forge.findIssues({ labels: input.labels, state: 'all' })
  return issues
    .filter((i) => i.title === input.title && i.body === input.body)
    .sort((a, b) => b.number - a.number)[0]
}

/** The newest comment on the issue with exactly this body. */
export async function findCreatedComment(
  forge: Reads,
  issueNumber: number,
  body: string,
): Promise<Comment | undefined> {
  const comments = await forge.listComments(issueNumber)
  return comments.filter((c) => c.body === body).sort((a, b) => b.id - a.id)[0]
}

/** The open PR of this head into this base: GitHub keeps at most one. */
export async function findCreatedPull(
  forge: Reads,
  input: { head: string; base: string },
): Promise<PullRequest | undefined> {
  const open = await forge.findPullRequests({ head: input.head, state: 'open' })
  return open.find((p) => p.base === input.base)
}

/** The branch exists at the sha it was to be created at. */
export async function branchCreated(forge: Reads, branch: string, sha: string): Promise<true | undefined> {
  return (await forge.getBranchSha(branch)) === sha ? true : undefined
}

/** A commit as the branches API shows its tip. */
export interface TipCommit {
  sha: string
  message: string
  parents: string[]
}

/** The merge commit this merge made: base's tip, with this message, whose parents hold head's tip. */
export function isMergeOf(tip: TipCommit | undefined, headSha: string, message: string): boolean {
  return tip !== undefined && tip.message.trim() === message.trim() && tip.parents.includes(headSha)
}

/**
 * The deployment this request created: same ref, environment, description and payload, and no
 * status yet (a deployment launchgate made always gets one right after; an earlier run's that has
 * none was lost the same way, and carrying it on is better than leaving it without any).
 */
export async function findCreatedDeployment(
  forge: Reads,
  input: { ref: string; environment: string; description?: string; payload?: Record<string, unknown> },
): Promise<Deployment | undefined> {
  const same = (await forge.listDeployments({ environment: input.environment }))
    .filter(
      (d) =>
        (d.ref === input.ref || d.sha === input.ref) &&
        (d.description ?? '') === (input.description ?? '') &&
        sameJson(d.payload ?? {}, input.payload ?? {}),
    )
    .sort((a, b) => b.id - a.id)
  for (const deployment of same) {
    if ((await forge.listDeploymentStatuses(deployment.id)).length === 0) return deployment
  }
  return undefined
}

/** The deployment's newest status, when it says the same as this one: posting it again adds nothing. */
export async function findCreatedStatus(
  forge: Reads,
  deploymentId: number,
  input: { state: string; description?: string },
): Promise<DeploymentStatus | undefined> {
  const statuses = await forge.listDeploymentStatuses(deploymentId)
  const newest = [...statuses].sort((a, b) => b.id - a.id)[0]
  const same = newest?.state === input.state && (newest.description ?? '') === (input.description ?? '')
  return same ? newest : undefined
}

/** Every line comment of the review is on the PR already. */
export async function reviewPosted(
  forge: Reads,
  pullNumber: number,
  comments: ReadonlyArray<{ path: string; line: number; body: string }>,
): Promise<true | undefined> {
  const posted = await forge.listReviewComments(pullNumber)
  const key = (c: { path: string; line: number; body: string }) => `${c.path}:${c.line}:${c.body}`
  const have = new Set(posted.map(key))
  return comments.every((c) => have.has(key(c))) ? true : undefined
}

/** A merged PR's merge commit, once GitHub shows it merged. */
export async function pullMerged(forge: Reads, number: number): Promise<{ sha: string } | undefined> {
  const pull = await forge.getPullRequest(number)
  return pull.merged && pull.mergeCommitSha ? { sha: pull.mergeCommitSha } : undefined
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b))
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value === null || typeof value !== 'object') return value
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]))
}
