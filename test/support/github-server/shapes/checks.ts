/** GitHub JSON shapes of commit statuses, combined statuses, check runs and deployments. */
import type { RepoState } from '../repo-state.js'
import type {
  CheckRunRecord,
  CommitStatusRecord,
  DeploymentRecord,
  DeploymentStatusRecord,
} from '../records.js'
import { minimalRepository, nodeId, simpleUser, type Urls } from './common.js'

type Json = Record<string, unknown>

const api = (u: Urls, repo: RepoState) => `${u.api}/repos/${repo.fullName}`

/** GitHub's `status` (the answer to creating one). */
export function statusShape(u: Urls, repo: RepoState, status: CommitStatusRecord): Json {
  return {
    ...simpleStatusShape(u, repo, status),
    creator: simpleUser(u, status.creator),
  }
}

/** GitHub's `simple-commit-status` (an entry of a combined status). */
export function simpleStatusShape(u: Urls, repo: RepoState, status: CommitStatusRecord): Json {
  return {
    id: status.id,
    node_id: nodeId('SC', status.id),
    url: `${api(u, repo)}/statuses/${status.sha}`,
    avatar_url: null,
    state: status.state,
    description: status.description,
    target_url: status.targetUrl,
    context: status.context,
    created_at: status.createdAt,
    updated_at: status.createdAt,
  }
}

/**
 * GitHub's `combined-commit-status`: the latest status per context, `failure` if any failed,
 * `pending` if any is pending or there are none, else `success`.
 */
export function combinedStatusShape(
  u: Urls,
  repo: RepoState,
  sha: string,
  latest: CommitStatusRecord[],
): Json {
  const states = latest.map((s) => s.state)
  const state = states.some((s) => s === 'failure' || s === 'error')
    ? 'failure'
    : states.length === 0 || states.includes('pending')
      ? 'pending'
      : 'success'
  return {
    state,
    sha,
    total_count: latest.length,
    statuses: latest.map((s) => simpleStatusShape(u, repo, s)),
    repository: minimalRepository(u, repo),
    commit_url: `${api(u, repo)}/commits/${sha}`,
    url: `${api(u, repo)}/commits/${sha}/status`,
  }
}

/** GitHub's `check-run`. */
export function checkRunShape(u: Urls, repo: RepoState, run: CheckRunRecord): Json {
  const url = `${api(u, repo)}/check-runs/${run.id}`
  return {
    ...{ id: run.id, node_id: nodeId('CR', run.id), head_sha: run.headSha, external_id: '', name: run.name },
    ...{ url, html_url: `${u.html}/${repo.fullName}/runs/${run.id}`, details_url: run.detailsUrl },
    ...{
      status: run.status,
      conclusion: run.conclusion,
      started_at: run.startedAt,
      completed_at: run.completedAt,
    },
    output: {
      ...{ title: run.title, summary: run.summary, text: null },
      ...{ annotations_count: 0, annotations_url: `${url}/annotations` },
    },
    check_suite: { id: 1 },
    app: null,
    pull_requests: [],
  }
}

/** GitHub's `deployment`. */
export function deploymentShape(u: Urls, repo: RepoState, d: DeploymentRecord): Json {
  const url = `${api(u, repo)}/deployments/${d.id}`
  return {
    ...{
      url,
      id: d.id,
      node_id: nodeId('DE', d.id),
      sha: d.sha,
      ref: d.ref,
      task: d.task,
      payload: d.payload,
    },
    ...{ original_environment: d.environment, environment: d.environment, description: d.description },
    creator: simpleUser(u, d.creator),
    ...{ created_at: d.createdAt, updated_at: d.updatedAt },
    ...{ statuses_url: `${url}/statuses`, repository_url: api(u, repo) },
    ...{ transient_environment: false, production_environment: d.environment === 'production' },
  }
}

/** GitHub's `deployment-status`. */
export function deploymentStatusShape(u: Urls, repo: RepoState, s: DeploymentStatusRecord): Json {
  const deploymentUrl = `${api(u, repo)}/deployments/${s.deploymentId}`
  return {
    ...{ url: `${deploymentUrl}/statuses/${s.id}`, id: s.id, node_id: nodeId('DES', s.id), state: s.state },
    creator: simpleUser(u, s.creator),
    ...{ description: s.description, environment: s.environment, target_url: s.logUrl },
    ...{ created_at: s.createdAt, updated_at: s.createdAt },
    ...{ deployment_url: deploymentUrl, repository_url: api(u, repo) },
    ...{ environment_url: s.environmentUrl, log_url: s.logUrl },
  }
}
