/**
 * Mapping of GitHub's REST responses to the forge port's types: the one place that knows
 * GitHub's field names, so the adapter itself reads as calls.
 */
import type {
  Comment,
  CommitCheck,
  Deployment,
  DeploymentStatus,
  Issue,
  PullRequest,
} from '../ports/forge.js'
import type { GitHubClient } from './client.js'

type Rest = GitHubClient['rest']

/** The `data` of an Octokit method's response. */
export type DataOf<F> = F extends (...args: never[]) => Promise<{ data: infer D }> ? D : never

export const labelNames = (labels: (string | { name?: string })[]) =>
  labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter((n) => n !== '')
export const orUndefined = <T>(value: T | null | undefined): T | undefined => value ?? undefined

export function toComment(c: DataOf<Rest['issues']['getComment']>): Comment {
  return { id: c.id, body: c.body ?? '', author: c.user?.login, createdAt: c.created_at }
}

export function toIssue(i: DataOf<Rest['issues']['get']>): Issue {
  const state = i.state === 'closed' ? 'closed' : 'open'
  return {
    number: i.number,
    title: i.title,
    body: i.body ?? '',
    state,
    labels: labelNames(i.labels),
    url: i.html_url,
  }
}

export function toPullRequest(
  p: DataOf<Rest['pulls']['get']> | DataOf<Rest['pulls']['list']>[number],
): PullRequest {
  // List items have no `merged`; `merged_at` tells the same.
  const merged = 'merged' in p ? p.merged : p.merged_at !== null
  return {
    ...{
      number: p.number,
      title: p.title,
      body: p.body ?? '',
      state: p.state === 'closed' ? 'closed' : 'open',
    },
    ...{ merged, head: p.head.ref, base: p.base.ref, headSha: p.head.sha, labels: labelNames(p.labels) },
    url: p.html_url,
    mergeCommitSha: merged ? orUndefined(p.merge_commit_sha) : undefined,
  }
}

const RUN_STATES: Record<string, CommitCheck['state']> = {
  success: 'success',
  neutral: 'neutral',
  skipped: 'skipped',
}

export function fromCheckRun(run: DataOf<Rest['checks']['listForRef']>['check_runs'][number]): CommitCheck {
  // Anything not finished is pending; a finished run that is not green, neutral or skipped
  // (failure, cancelled, timed_out, action_required, stale) blocks.
  const state = run.status !== 'completed' ? 'pending' : (RUN_STATES[run.conclusion ?? ''] ?? 'failure')
  return { name: run.name, state, source: 'check-run', url: orUndefined(run.html_url ?? run.details_url) }
}

export function fromStatus(
  status: DataOf<Rest['repos']['getCombinedStatusForRef']>['statuses'][number],
): CommitCheck {
  const state = status.state === 'success' ? 'success' : status.state === 'pending' ? 'pending' : 'failure'
  return { name: status.context, state, source: 'status', url: orUndefined(status.target_url) }
}

export function toDeployment(d: DataOf<Rest['repos']['getDeployment']>): Deployment {
  return {
    ...{ id: d.id, sha: d.sha, ref: d.ref, environment: d.environment, createdAt: d.created_at },
    description: orUndefined(d.description),
    payload: parsePayload(d.payload),
  }
}

/** GitHub returns the payload as given: an object, or a JSON string for some clients. */
function parsePayload(payload: Record<string, unknown> | string): Record<string, unknown> | undefined {
  if (typeof payload !== 'string') return payload
  try {
    const parsed: unknown = JSON.parse(payload)
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

export function toDeploymentStatus(s: DataOf<Rest['repos']['getDeploymentStatus']>): DeploymentStatus {
  return {
    ...{ id: s.id, state: s.state, createdAt: s.created_at },
    environmentUrl: s.environment_url || undefined,
    logUrl: s.log_url || s.target_url || undefined,
    description: s.description || undefined,
  }
}
