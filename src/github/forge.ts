/**
 * The forge port over GitHub's REST API. Every call goes through {@link callGitHub} so a failure
 * (after the client's retries) is an {@link ApiError} naming the request and the status; lists
 * that can grow past one page are read with `octokit.paginate`.
 */
import { ApiError } from '../errors.js'
import type {
  ChangedFile,
  Comment,
  CommitCheck,
  Deployment,
  DeploymentStatus,
  Forge,
  Issue,
  MergeResult,
  PullRequest,
  RepoRef,
  ReviewComment,
} from '../ports/forge.js'
import { callGitHub, type GitHubClient } from './client.js'
import {
  toComment,
  toIssue,
  toPullRequest,
  fromCheckRun,
  fromStatus,
  toDeployment,
  toDeploymentStatus,
} from './forge-mappers.js'

const PER_PAGE = 100
const DEFAULT_LABEL_COLOR = 'ededed'

type Rest = GitHubClient['rest']
/** The `data` an Octokit endpoint method resolves to: the mappers take GitHub's own types. */
/** Parameter `I` of the port's method `M`, so signatures here cannot drift from the port. */
type In<M extends keyof Forge, I extends number = 0> = Forge[M] extends (...args: infer A) => unknown
  ? A[I]
  : never

/** {@link Forge} backed by GitHub (github.com or GHES, whatever the client's base URL says). */
export class GitHubForge implements Forge {
  readonly kind = 'github' as const
  private readonly rest: Rest
  /** `{ owner, repo }`, the part of every request's parameters naming the repository. */
  private readonly r: { owner: string; repo: string }

  /** @param octokit a client from `createGitHubClient` (retries, throttling, base URL). */
  constructor(
    private readonly octokit: GitHubClient,
    readonly repo: RepoRef,
  ) {
    this.rest = octokit.rest
    this.r = { owner: repo.owner, repo: repo.repo }
  }

  async listComments(issueNumber: number): Promise<Comment[]> {
    const params = { ...this.r, issue_number: issueNumber, per_page: PER_PAGE }
    const path = `/issues/${issueNumber}/comments`
    const items = await this.call('GET', path, () =>
      this.octokit.paginate(this.rest.issues.listComments, params),
    )
    return items.map(toComment)
  }

  async createComment(issueNumber: number, body: string): Promise<Comment> {
    const params = { ...this.r, issue_number: issueNumber, body }
    const res = await this.call('POST', `/issues/${issueNumber}/comments`, () =>
      this.rest.issues.createComment(params),
    )
    return toComment(res.data)
  }

  async updateComment(commentId: number, body: string): Promise<Comment> {
    const params = { ...this.r, comment_id: commentId, body }
    const res = await this.call('PATCH', `/issues/comments/${commentId}`, () =>
      this.rest.issues.updateComment(params),
    )
    return toComment(res.data)
  }

  async deleteComment(commentId: number): Promise<void> {
    const params = { ...this.r, comment_id: commentId }
    await this.call('DELETE', `/issues/comments/${commentId}`, () => this.rest.issues.deleteComment(params))
  }

  async findIssues(query: In<'findIssues'>): Promise<Issue[]> {
    const labels = query.labels?.length ? { labels: query.labels.join(',') } : {}
    const params = { ...this.r, ...labels, state: query.state ?? 'open', per_page: PER_PAGE }
    const items = await this.call('GET', '/issues', () =>
      this.octokit.paginate(this.rest.issues.listForRepo, params),
    )
    // GitHub's issue list includes pull requests; they carry a `pull_request` key.
    return items.filter((item) => !item.pull_request).map(toIssue)
  }

  async createIssue(input: In<'createIssue'>): Promise<Issue> {
    const res = await this.call('POST', '/issues', () => this.rest.issues.create({ ...this.r, ...input }))
    return toIssue(res.data)
  }

  async updateIssue(number: number, input: In<'updateIssue', 1>): Promise<Issue> {
    const params = { ...this.r, issue_number: number, ...input }
    const res = await this.call('PATCH', `/issues/${number}`, () => this.rest.issues.update(params))
    return toIssue(res.data)
  }

  async ensureLabel(name: string, color = DEFAULT_LABEL_COLOR, description?: string): Promise<void> {
    // Create first and tolerate "already exists": one call either way, and no race between a
    // lookup and a create when two jobs label at once.
    const params = { ...this.r, name, color: color.replace(/^#/, ''), description }
    try {
      await this.call('POST', '/labels', () => this.rest.issues.createLabel(params))
    } catch (error) {
      if (!hasErrorCode(error, 422, 'already_exists')) throw error
    }
  }

  async findPullRequests(query: In<'findPullRequests'>): Promise<PullRequest[]> {
    // GitHub filters `head` only in its `owner:branch` form; a bare branch would be ignored.
    const head = query.head && !query.head.includes(':') ? `${this.repo.owner}:${query.head}` : query.head
    const params = { ...this.r, state: query.state ?? 'open', head, base: query.base, per_page: PER_PAGE }
    const items = await this.call('GET', '/pulls', () => this.octokit.paginate(this.rest.pulls.list, params))
    return items.map(toPullRequest)
  }

  async getPullRequest(number: number): Promise<PullRequest> {
    const params = { ...this.r, pull_number: number }
    const res = await this.call('GET', `/pulls/${number}`, () => this.rest.pulls.get(params))
    return toPullRequest(res.data)
  }

  async createPullRequest(input: In<'createPullRequest'>): Promise<PullRequest> {
    const { labels, ...fields } = input
    const res = await this.call('POST', '/pulls', () => this.rest.pulls.create({ ...this.r, ...fields }))
    const pr = toPullRequest(res.data)
    if (!labels?.length) return pr
    // The pulls API takes no labels; they are set on the pull request's issue half.
    const params = { ...this.r, issue_number: pr.number, labels }
    const added = await this.call('POST', `/issues/${pr.number}/labels`, () =>
      this.rest.issues.addLabels(params),
    )
    return { ...pr, labels: added.data.map((label) => label.name) }
  }

  async updatePullRequest(number: number, input: In<'updatePullRequest', 1>): Promise<PullRequest> {
    const params = { ...this.r, pull_number: number, ...input }
    const res = await this.call('PATCH', `/pulls/${number}`, () => this.rest.pulls.update(params))
    return toPullRequest(res.data)
  }

  async listChangedFiles(pullNumber: number): Promise<ChangedFile[]> {
    const params = { ...this.r, pull_number: pullNumber, per_page: PER_PAGE }
    const path = `/pulls/${pullNumber}/files`
    const files = await this.call('GET', path, () => this.octokit.paginate(this.rest.pulls.listFiles, params))
    return files.map((f) => ({
      path: f.filename,
      status: f.status,
      previousPath: f.previous_filename,
      patch: f.patch,
    }))
  }

  async createReviewComments(
    pullNumber: number,
    commitSha: string,
    comments: ReviewComment[],
  ): Promise<void> {
    if (comments.length === 0) return
    // One review holding every line comment: a single notification and a single API call.
    const lines = comments.map((c) => ({ path: c.path, line: c.line, side: 'RIGHT', body: c.body }))
    const params = { ...this.r, pull_number: pullNumber, commit_id: commitSha, event: 'COMMENT' as const }
    await this.call('POST', `/pulls/${pullNumber}/reviews`, () =>
      this.rest.pulls.createReview({ ...params, comments: lines }),
    )
  }

  async listReviewComments(pullNumber: number): Promise<ReviewComment[]> {
    const params = { ...this.r, pull_number: pullNumber, per_page: PER_PAGE }
    const comments = await this.call('GET', `/pulls/${pullNumber}/comments`, () =>
      this.octokit.paginate(this.rest.pulls.listReviewComments, params),
    )
    return comments.map((c) => ({ path: c.path, line: c.line ?? c.original_line ?? 0, body: c.body }))
  }

  async getBranchSha(branch: string): Promise<string | undefined> {
    const params = { ...this.r, ref: `heads/${branch}` }
    try {
      const res = await this.call('GET', `/git/ref/heads/${branch}`, () => this.rest.git.getRef(params))
      return res.data.object.sha
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return undefined
      throw error
    }
  }

  async createBranch(branch: string, sha: string): Promise<void> {
    const params = { ...this.r, ref: `refs/heads/${branch}`, sha }
    await this.call('POST', '/git/refs', () => this.rest.git.createRef(params))
  }

  async mergeBranches(input: In<'mergeBranches'>): Promise<MergeResult> {
    const params = { ...this.r, base: input.base, head: input.head, commit_message: input.message }
    try {
      const res = await this.call('POST', '/merges', () => this.rest.repos.merge(params))
      // Octokit's types only know 201; GitHub answers 204 when head is already in base.
      const status: number = res.status
      return status === 204 ? { status: 'up-to-date' } : { status: 'merged', sha: res.data.sha }
    } catch (error) {
      // 409 is an outcome, not a failure: the branches need a human to resolve the conflict.
      if (!(error instanceof ApiError) || error.status !== 409) throw error
      const detail = githubMessage(error) ?? 'Merge conflict'
      return {
        status: 'conflict',
        message: `${input.head} does not merge cleanly into ${input.base}: ${detail}`,
      }
    }
  }

  async listCommitChecks(ref: string): Promise<CommitCheck[]> {
    const params = { ...this.r, ref, per_page: PER_PAGE }
    const [runs, combined] = await Promise.all([
      this.call('GET', `/commits/${ref}/check-runs`, () =>
        this.octokit.paginate(this.rest.checks.listForRef, { ...params, filter: 'latest' }),
      ),
      // The combined status holds the latest status per context; 100 contexts fit one page.
      this.call('GET', `/commits/${ref}/status`, () => this.rest.repos.getCombinedStatusForRef(params)),
    ])
    return [...runs.map(fromCheckRun), ...combined.data.statuses.map(fromStatus)]
  }

  async createDeployment(input: In<'createDeployment'>): Promise<Deployment> {
    // launchgate is the gate: no auto-merge of the default branch into the ref, and no
    // required status contexts (GitHub's defaults would merge, or refuse with 409/202).
    const params = { ...this.r, ...input, auto_merge: false, required_contexts: [] }
    const res = await this.call('POST', '/deployments', () => this.rest.repos.createDeployment(params))
    if (res.status !== 201 || !('id' in res.data)) {
      const detail = `no deployment was created: ${JSON.stringify(res.data)}`
      throw new ApiError('GitHub', this.requestName('POST', '/deployments'), res.status, detail)
    }
    return toDeployment(res.data)
  }

  async createDeploymentStatus(
    deploymentId: number,
    input: In<'createDeploymentStatus', 1>,
  ): Promise<DeploymentStatus> {
    const params = {
      ...{ ...this.r, deployment_id: deploymentId, state: input.state, description: input.description },
      ...{ environment_url: input.environmentUrl, log_url: input.logUrl },
    }
    const path = `/deployments/${deploymentId}/statuses`
    const res = await this.call('POST', path, () => this.rest.repos.createDeploymentStatus(params))
    return toDeploymentStatus(res.data)
  }

  async listDeployments(query: In<'listDeployments'>): Promise<Deployment[]> {
    const params = { ...this.r, ...query, per_page: PER_PAGE }
    const items = await this.call('GET', '/deployments', () =>
      this.octokit.paginate(this.rest.repos.listDeployments, params),
    )
    return items.map(toDeployment)
  }

  async listDeploymentStatuses(deploymentId: number): Promise<DeploymentStatus[]> {
    const params = { ...this.r, deployment_id: deploymentId, per_page: PER_PAGE }
    const path = `/deployments/${deploymentId}/statuses`
    const items = await this.call('GET', path, () =>
      this.octokit.paginate(this.rest.repos.listDeploymentStatuses, params),
    )
    return items.map(toDeploymentStatus)
  }

  /** `METHOD /repos/owner/name<suffix>`: how errors name a request. */
  private requestName(method: string, suffix: string): string {
    return `${method} /repos/${this.repo.owner}/${this.repo.repo}${suffix}`
  }

  /** Runs one call; a failure becomes an ApiError naming the request and the status. */
  private call<T>(method: string, suffix: string, run: () => Promise<T>): Promise<T> {
    return callGitHub(this.requestName(method, suffix), run)
  }
}

/** GitHub's own error text (`message` of the response body) behind an ApiError, if any. */
function githubMessage(error: ApiError): string | undefined {
  const data = (error.cause as { response?: { data?: { message?: unknown } } } | undefined)?.response?.data
  return typeof data?.message === 'string' && data.message !== '' ? data.message : undefined
}

/** True for an ApiError with that status whose 422-style `errors` list has that code. */
function hasErrorCode(error: unknown, status: number, code: string): boolean {
  if (!(error instanceof ApiError) || error.status !== status) return false
  const data = (error.cause as { response?: { data?: { errors?: unknown } } } | undefined)?.response?.data
  return Array.isArray(data?.errors) && data.errors.some((e: { code?: unknown }) => e?.code === code)
}
