/**
 * The writes of a rollback on the forge: the issue and the PR, created or brought up to date.
 * Each call records a {@link RollbackStep} so the job summary and `--dry-run` can say what happened.
 */
import { describeError } from '../errors.js'
import type { Forge, Issue, PullRequest } from '../ports/forge.js'
import {
  issueBody,
  issueMarker,
  issueTitle,
  pullBody,
  pullTitle,
  type RollbackLabels,
  type RollbackSubject,
} from './texts.js'
import type { RollbackRequest, RollbackStep } from './types.js'

/** What every write needs. */
export interface RollbackContext {
  forge: Forge
  request: RollbackRequest
  labels: RollbackLabels
  subject: RollbackSubject
}

/** What the PR step produced; `problem` when the PR could not be opened. */
export interface PullOutcome {
  pullRequest?: PullRequest
  issue?: Issue
  problem?: string
}

function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | undefined)?.status
  return typeof status === 'number' ? status : undefined
}

/** Says what to change when GitHub refuses the PR: the usual cause is the repository setting. */
function pullProblem(error: unknown): string {
  const message = describeError(error)
  if (statusOf(error) !== 403) return `the rollback PR could not be opened: ${message}`
  return (
    `the rollback PR could not be opened (${message}). A workflow's GITHUB_TOKEN may only open PRs when ` +
    'Settings > Actions > General > "Allow GitHub Actions to create and approve pull requests" is on; ' +
    'or pass a GitHub App token'
  )
}

/** Creates the rollback issue, or updates the existing one when its text changed. */
export async function ensureIssue(
  ctx: RollbackContext,
  existing: Issue | undefined,
  link: { pullRequest?: number; problem?: string },
  steps: RollbackStep[],
): Promise<Issue> {
  const body = issueBody(ctx.subject, ctx.labels, link)
  if (existing === undefined) return createIssueOnce(ctx, body, steps)
  if (existing.body === body) {
    steps.push({ action: 'update-issue', outcome: 'unchanged', detail: `#${existing.number}` })
    return existing
  }
  const issue = await ctx.forge.updateIssue(existing.number, { body })
  steps.push({ action: 'update-issue', outcome: 'done', detail: `#${issue.number}` })
  return issue
}

/**
 * Opens the rollback issue. Two runs that overlap (a run taking over from one it believed gone)
 * may both open one: the oldest with the sha's marker is the issue, and a run that finds its own
 * is not the oldest closes it at once, so every run converges on the same issue.
 */
async function createIssueOnce(ctx: RollbackContext, body: string, steps: RollbackStep[]): Promise<Issue> {
  const { forge, labels } = ctx
  const created = await forge.createIssue({ title: issueTitle(ctx.subject), body, labels: [labels.rollback] })
  const marker = issueMarker(ctx.subject.sha)
  const [oldest] = (await forge.findIssues({ labels: [labels.rollback], state: 'all' }))
    .filter((i) => i.body.includes(marker))
    .sort((a, b) => a.number - b.number)
  if (oldest === undefined || oldest.number === created.number) {
    steps.push({ action: 'create-issue', outcome: 'done', detail: `#${created.number}` })
    return created
  }
  await forge.updateIssue(created.number, {
    state: 'closed',
    body: `Duplicate of #${oldest.number}.\n\n${body}`,
  })
  steps.push({
    action: 'update-issue',
    outcome: 'done',
    detail: `#${oldest.number} (closed duplicate #${created.number})`,
  })
  return oldest
}

/** Puts the `rollback` label on the PR when a run died between opening it and labelling it. */
async function ensurePullLabel(ctx: RollbackContext, pull: PullRequest, steps: RollbackStep[]) {
  const label = ctx.labels.rollback
  if (pull.labels.includes(label)) return pull
  await ctx.forge.updateIssue(pull.number, { labels: [...pull.labels, label] })
  steps.push({ action: 'label-pull-request', outcome: 'done', detail: `#${pull.number} ${label}` })
  return { ...pull, labels: [...pull.labels, label] }
}

/** Updates the PR's evidence when it changed. */
async function updatePull(
  ctx: RollbackContext,
  pull: PullRequest,
  issue: number | undefined,
  steps: RollbackStep[],
) {
  const body = pullBody(ctx.subject, ctx.labels, issue)
  pull = await ensurePullLabel(ctx, pull, steps)
  if (pull.body === body) {
    steps.push({ action: 'update-pull-request', outcome: 'unchanged', detail: `#${pull.number}` })
    return pull
  }
  const updated = await ctx.forge.updatePullRequest(pull.number, { body })
  steps.push({ action: 'update-pull-request', outcome: 'done', detail: `#${pull.number}` })
  return updated
}

/**
 * Opens the PR from the rollback branch and links the issue to it. A 422 means another run opened
 * it a moment earlier (GitHub allows one open PR per head): that PR is found and used.
 */
export async function createRollbackPull(
  ctx: RollbackContext,
  branch: string,
  base: string,
  issue: Issue,
  steps: RollbackStep[],
): Promise<PullOutcome> {
  const { forge, labels, subject } = ctx
  let pullRequest: PullRequest | undefined
  try {
    pullRequest = await forge.createPullRequest({
      title: pullTitle(subject),
      body: pullBody(subject, labels, issue.number),
      head: branch,
      base,
      labels: [labels.rollback],
    })
    steps.push({ action: 'create-pull-request', outcome: 'done', detail: `#${pullRequest.number}` })
  } catch (error) {
    const open =
      statusOf(error) === 422 ? (await forge.findPullRequests({ head: branch, state: 'open' }))[0] : undefined
    if (open === undefined) {
      const problem = pullProblem(error)
      steps.push({ action: 'create-pull-request', outcome: 'failed', detail: problem })
      return { issue: await ensureIssue(ctx, issue, { problem }, steps), problem }
    }
    pullRequest = await updatePull(ctx, open, issue.number, steps)
  }
  const linked = await ensureIssue(ctx, issue, { pullRequest: pullRequest.number }, steps)
  return { pullRequest, issue: linked }
}

/** A later run: the PR is open; brings the PR and the issue up to date, opening a missing issue. */
export async function refreshRollback(
  ctx: RollbackContext,
  pull: PullRequest,
  issue: Issue | undefined,
): Promise<{ pullRequest: PullRequest; issue: Issue; created: boolean; steps: RollbackStep[] }> {
  const steps: RollbackStep[] = []
  const linked = await ensureIssue(ctx, issue, { pullRequest: pull.number }, steps)
  const pullRequest = await updatePull(ctx, pull, linked.number, steps)
  return { pullRequest, issue: linked, created: issue === undefined, steps }
}
