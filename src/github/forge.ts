/**
 * The forge port over GitHub's REST API. Every call goes through `callGitHub` so a failure
 * (after the client's retries) is an {@link ApiError} naming the request and the status; every
 * write goes through `writeOnce`, with the lookup that tells whether a lost attempt was done;
 * lists that can grow past one page are read with `octokit.paginate`.
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
  ReviewComment,
} from '../ports/forge.js'
import { answered, GitHubCalls, githubMessage, hasErrorCode } from './forge-calls.js'
import {
  branchCreated,
  findCreatedComment,
  findCreatedDeployment,
  findCreatedIssue,
  findCreatedPull,
  findCreatedStatus,
  isMergeOf,
  reviewPosted,
} from './write-lookups.js'
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
// A full commit id, which the merges API accepts as `head` as well as a branch name.
const FULL_SHA = /^[0-9a-f]{40}$/i

/** Parameter `I` of the port's method `M`, so signatures here cannot drift from the port. */
type In<M extends keyof Forge, I extends number = 0> = Forge[M] extends (...args: infer A) => unknown
  ? A[I]
  : never

/** {@link Forge} backed by GitHub (github.com or GHES, whatever the client's base URL says). */
export class GitHubForge extends GitHubCalls implements Forge {
  readonly kind = 'github' as const

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
    return this.write(
      'POST',
      `/issues/${issueNumber}/comments`,
      async () => toComment(answered(await this.rest.issues.createComment(params))),
      () => findCreatedComment(this, issueNumber, body),
    )
  }

  async updateComment(commentId: number, body: string): Promise<Comment> {
    const params = { ...this.r, comment_id: commentId, body }
    return this.write('PATCH', `/issues/comments/${commentId}`, async () =>
      toComment(answered(await this.rest.issues.updateComment(params))),
    )
  }

  async deleteComment(commentId: number): Promise<void> {
    const params = { ...this.r, comment_id: commentId }
    const deleted = async () => {
      // A second DELETE of a comment the first one removed finds nothing: that is the outcome wanted.
      await this.rest.issues.deleteComment(params).catch((error: { status?: number }) => {
        if (error?.status !== 404) throw error
      })
    }
    await this.write('DELETE', `/issues/comments/${commentId}`, deleted)
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
    return this.write(
      'POST',
      '/issues',
      async () => toIssue(answered(await this.rest.issues.create({ ...this.r, ...input }))),
      () => findCreatedIssue(this, input),
    )
  }

  async updateIssue(number: number, input: In<'updateIssue', 1>): Promise<Issue> {
    const params = { ...this.r, issue_number: number, ...input }
    return this.write('PATCH', `/issues/${number}`, async () =>
      toIssue(answered(await this.rest.issues.update(params))),
    )
  }

  async ensureLabel(name: string, color = DEFAULT_LABEL_COLOR, description?: string): Promise<void> {
    // Create first and tolerate "already exists": one call either way, and no race between a
    // lookup and a create when two jobs label at once.
    const params = { ...this.r, name, color: color.replace(/^#/, ''), description }
    try {
      await this.write('POST', '/labels', () => this.rest.issues.createLabel(params))
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
    const pr = await this.write(
      'POST',
      '/pulls',
      async () => toPullRequest(answered(await this.rest.pulls.create({ ...this.r, ...fields }))),
      () => findCreatedPull(this, fields),
    )
    if (!labels?.length) return pr
    // The pulls API takes no labels; they are set on the pull request's issue half. Adding a
    // label twice is harmless, so this write is sent again without a lookup.
    const params = { ...this.r, issue_number: pr.number, labels }
    const added = await this.write('POST', `/issues/${pr.number}/labels`, async () =>
      answered(await this.rest.issues.addLabels(params)),
    )
    return { ...pr, labels: added.map((label) => label.name) }
  }

  async updatePullRequest(number: number, input: In<'updatePullRequest', 1>): Promise<PullRequest> {
    const params = { ...this.r, pull_number: number, ...input }
    return this.write('PATCH', `/pulls/${number}`, async () =>
      toPullRequest(answered(await this.rest.pulls.update(params))),
    )
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
    await this.write(
      'POST',
      `/pulls/${pullNumber}/reviews`,
      async () => {
        answered(await this.rest.pulls.createReview({ ...params, comments: lines }))
        return true as const
      },
      () => reviewPosted(this, pullNumber, comments),
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
    await this.write(
      'POST',
      '/git/refs',
      async () => {
        answered(await this.rest.git.createRef(params))
        return true as const
      },
      () => branchCreated(this, branch, sha),
    )
  }

  async mergeBranches(input: In<'mergeBranches'>): Promise<MergeResult> {
    const params = { ...this.r, base: input.base, head: input.head, commit_message: input.message }
    // Head's tip before the merge: the lookup knows the merge it made by this parent. The deploy
    // names head by the commit it checked; a branch's name is read.
    const headSha = FULL_SHA.test(input.head) ? input.head : await this.getBranchSha(input.head)
    const attempt = async (): Promise<MergeResult> => {
      const res = await this.rest.repos.merge(params)
      // Octokit's types only know 201; GitHub answers 204 when head is already in base.
      const status: number = res.status
      return status === 204 ? { status: 'up-to-date' } : { status: 'merged', sha: answered(res).sha }
    }
    const lookup = async (): Promise<MergeResult | undefined> => {
      const tip = await this.tipCommit(input.base)
      return headSha !== undefined && isMergeOf(tip, headSha, input.message)
        ? { status: 'merged', sha: tip!.sha }
        : undefined
    }
    try {
      return await this.write('POST', '/merges', attempt, lookup)
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
    const attempt = async () => {
      const res = await this.rest.repos.createDeployment(params)
      const data = answered<typeof res.data>(res)
      if (res.status !== 201 || !('id' in data)) {
        const detail = `no deployment was created: ${JSON.stringify(data)}`
        throw new ApiError('GitHub', this.requestName('POST', '/deployments'), res.status, detail)
      }
      return toDeployment(data)
    }
    return this.write('POST', '/deployments', attempt, () => findCreatedDeployment(this, input))
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
    return this.write(
      'POST',
      path,
      async () => toDeploymentStatus(answered(await this.rest.repos.createDeploymentStatus(params))),
      () => findCreatedStatus(this, deploymentId, input),
    )
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
}
