/**
 * The half of the local forge that is records only: comments, issues, labels, deployments, review
 * comments and checks in `forge.json`. `LocalForge` extends it with pull requests, branches and
 * merges, which read and write git.
 */
import type {
  Comment,
  CommitCheck,
  Deployment,
  DeploymentState,
  DeploymentStatus,
  Issue,
  RepoRef,
  ReviewComment,
} from './forge.js'
import {
  LocalForgeError,
  addMissingLabels,
  findNumber,
  matches,
  newestFirst,
  toComment,
  toDeployment,
  toIssue,
  toStatuses,
} from './local-forge-model.js'
import { nextId } from './local-forge-store.js'
import type { ForgeState, ForgeStore, StoredIssue } from './local-forge-store.js'

/** The local forge's records, kept in its JSON state; git is only asked to resolve refs. */
export abstract class LocalForgeRecords {
  constructor(
    /** Which repository this forge speaks for. */
    readonly repo: RepoRef,
    protected readonly store: ForgeStore,
    private readonly clock: () => Date,
    /** Login recorded as the author of comments. */
    protected readonly actor: string,
  ) {}

  /** The commit a branch name, tag or sha stands for; fails like GitHub when there is none. */
  protected abstract resolveCommit(ref: string): Promise<string>

  // ---- Comments ----

  async listComments(issueNumber: number): Promise<Comment[]> {
    const state = await this.store.read()
    findNumber(state.issues, issueNumber)
    return state.comments.filter((c) => c.issueNumber === issueNumber).map(toComment)
  }

  async createComment(issueNumber: number, body: string): Promise<Comment> {
    return this.store.update((state) => {
      findNumber(state.issues, issueNumber)
      const at = this.timestamp()
      const comment = {
        id: nextId(state, 'comment'),
        issueNumber,
        body,
        author: this.actor,
        createdAt: at,
        updatedAt: at,
      }
      state.comments.push(comment)
      return toComment(comment)
    })
  }

  async updateComment(commentId: number, body: string): Promise<Comment> {
    return this.store.update((state) => {
      const comment = state.comments.find((c) => c.id === commentId)
      if (!comment) throw new LocalForgeError(404, `no comment ${commentId}`)
      Object.assign(comment, { body, updatedAt: this.timestamp() })
      return toComment(comment)
    })
  }

  async deleteComment(commentId: number): Promise<void> {
    await this.store.update((state) => {
      const index = state.comments.findIndex((c) => c.id === commentId)
      if (index === -1) throw new LocalForgeError(404, `no comment ${commentId}`)
      state.comments.splice(index, 1)
    })
  }

  // ---- Issues and labels ----

  async findIssues(query: { labels?: string[]; state?: 'open' | 'closed' | 'all' }): Promise<Issue[]> {
    const { issues } = await this.store.read()
    return newestFirst(issues.filter((i) => !i.pullRequest && matches(i, query.state, query.labels))).map(
      (i) => toIssue(this.repo, i),
    )
  }

  async createIssue(input: { title: string; body: string; labels?: string[] }): Promise<Issue> {
    return this.store.update((state) => toIssue(this.repo, this.addIssue(state, input)))
  }

  async updateIssue(
    number: number,
    input: { title?: string; body?: string; state?: 'open' | 'closed'; labels?: string[] },
  ): Promise<Issue> {
    return this.store.update((state) => {
      const issue = findNumber(state.issues, number)
      for (const key of ['title', 'body', 'state', 'labels'] as const) {
        if (input[key] !== undefined) Object.assign(issue, { [key]: input[key] })
      }
      if (input.labels) addMissingLabels(state.labels, input.labels)
      issue.updatedAt = this.timestamp()
      return toIssue(this.repo, issue)
    })
  }

  async ensureLabel(name: string, color = 'ededed', description = ''): Promise<void> {
    const { labels } = await this.store.read()
    if (labels.some((label) => label.name === name)) return
    await this.store.update((state) => {
      if (!state.labels.some((label) => label.name === name)) state.labels.push({ name, color, description })
    })
  }

  // ---- Deployments ----

  async createDeployment(input: {
    ref: string
    environment: string
    description?: string
    payload?: Record<string, unknown>
  }): Promise<Deployment> {
    const sha = await this.resolveCommit(input.ref)
    return this.store.update((state) => {
      const deployment = {
        id: nextId(state, 'deployment'),
        sha,
        ref: input.ref,
        environment: input.environment,
        createdAt: this.timestamp(),
        ...(input.description !== undefined ? { description: input.description } : {}),
        ...(input.payload !== undefined ? { payload: structuredClone(input.payload) } : {}),
        statuses: [],
      }
      state.deployments.push(deployment)
      return toDeployment(deployment)
    })
  }

  async createDeploymentStatus(
    deploymentId: number,
    input: { state: DeploymentState; environmentUrl?: string; logUrl?: string; description?: string },
  ): Promise<DeploymentStatus> {
    return this.store.update((state) => {
      const deployment = state.deployments.find((d) => d.id === deploymentId)
      if (!deployment) throw new LocalForgeError(404, `no deployment ${deploymentId}`)
      const status = {
        id: nextId(state, 'deploymentStatus'),
        createdAt: this.timestamp(),
        ...dropUndefined(input),
      }
      deployment.statuses.push(status)
      return { ...status }
    })
  }

  /** Deployments newest first, as GitHub lists them. */
  async listDeployments(query: { environment?: string; sha?: string }): Promise<Deployment[]> {
    const { deployments } = await this.store.read()
    return deployments
      .filter(
        (d) =>
          (query.environment === undefined || d.environment === query.environment) &&
          (query.sha === undefined || d.sha === query.sha),
      )
      .reverse()
      .map(toDeployment)
  }

  async listDeploymentStatuses(deploymentId: number): Promise<DeploymentStatus[]> {
    const { deployments } = await this.store.read()
    const deployment = deployments.find((d) => d.id === deploymentId)
    if (!deployment) throw new LocalForgeError(404, `no deployment ${deploymentId}`)
    return toStatuses(deployment)
  }

  // ---- Review comments and checks ----

  async createReviewComments(
    pullNumber: number,
    commitSha: string,
    comments: ReviewComment[],
  ): Promise<void> {
    const sha = await this.resolveCommit(commitSha)
    await this.store.update((state) => {
      if (!findNumber(state.issues, pullNumber).pullRequest) {
        throw new LocalForgeError(404, `#${pullNumber} is an issue, not a pull request`)
      }
      const createdAt = this.timestamp()
      for (const c of comments) {
        state.reviewComments.push({
          id: nextId(state, 'reviewComment'),
          pullNumber,
          commitSha: sha,
          ...c,
          createdAt,
        })
      }
    })
  }

  /** Review comments left on a pull request, oldest first (not part of the port; for reports and tests). */
  async listReviewComments(pullNumber: number): Promise<(ReviewComment & { commitSha: string })[]> {
    const { reviewComments } = await this.store.read()
    return reviewComments
      .filter((c) => c.pullNumber === pullNumber)
      .map(({ path, line, body, commitSha }) => ({ path, line, body, commitSha }))
  }

  /** Checks recorded for the commit `ref` resolves to, via {@link LocalForgeRecords.recordCheck}. */
  async listCommitChecks(ref: string): Promise<CommitCheck[]> {
    const sha = await this.resolveCommit(ref)
    const { checks } = await this.store.read()
    return (checks[sha] ?? []).map((check) => ({ ...check }))
  }

  /**
   * Records a check on a commit (the local forge has no CI). A check with the same name and
   * source replaces the earlier one, as GitHub reports the latest run of each check.
   */
  async recordCheck(ref: string, check: CommitCheck): Promise<void> {
    const sha = await this.resolveCommit(ref)
    await this.store.update((state) => {
      const list = (state.checks[sha] ?? []).filter((c) => c.name !== check.name || c.source !== check.source)
      state.checks[sha] = [...list, { ...check }]
    })
  }

  protected timestamp(): string {
    return this.clock().toISOString()
  }

  protected addIssue(
    state: ForgeState,
    input: { title: string; body: string; labels?: string[] },
  ): StoredIssue {
    const at = this.timestamp()
    const labels = [...(input.labels ?? [])]
    addMissingLabels(state.labels, labels)
    const issue: StoredIssue = {
      number: nextId(state, 'issue'),
      title: input.title,
      body: input.body,
      state: 'open',
      labels,
      createdAt: at,
      updatedAt: at,
    }
    state.issues.push(issue)
    return issue
  }
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}
