/**
 * One repository of the fake GitHub: its git graph and every record the routes read and write.
 * The seeding helpers are what tests call to arrange a scenario without going through HTTP.
 */
import { GitGraph } from './git-graph.js'
import type {
  CheckRunRecord,
  CommentRecord,
  CommitStatusRecord,
  DeploymentRecord,
  DeploymentStatusRecord,
  FileRecord,
  IssueRecord,
  LabelRecord,
  PullData,
  PullIssue,
  ReviewCommentRecord,
  ReviewRecord,
} from './records.js'
import type { Sequence } from './sequence.js'

/** Input of {@link RepoState.addIssue}. */
export interface NewIssue {
  title: string
  body?: string | null
  labels?: string[]
  author?: string
  state?: 'open' | 'closed'
}

/** Input of {@link RepoState.addPullRequest}; both branches must exist. */
export interface NewPullRequest extends NewIssue {
  head: string
  base: string
  draft?: boolean
  files?: FileRecord[]
}

const DEFAULT_LABEL_COLOR = 'ededed'

/** State of one repository. Maps are public so tests can inspect what the client did. */
export class RepoState {
  readonly git: GitGraph
  /** Issues and pull requests by number. */
  readonly issues = new Map<number, IssueRecord>()
  readonly comments = new Map<number, CommentRecord>()
  /** Labels by lower-cased name: GitHub matches label names case-insensitively. */
  readonly labels = new Map<string, LabelRecord>()
  readonly deployments = new Map<number, DeploymentRecord>()
  readonly deploymentStatuses: DeploymentStatusRecord[] = []
  readonly commitStatuses: CommitStatusRecord[] = []
  readonly checkRuns: CheckRunRecord[] = []
  readonly reviews: ReviewRecord[] = []
  readonly reviewComments: ReviewCommentRecord[] = []
  private nextNumber = 1

  constructor(
    readonly owner: string,
    readonly name: string,
    readonly id: number,
    readonly defaultBranch: string,
    /** Login of the authenticated user: author of what the client creates. */
    readonly viewer: string,
    readonly seq: Sequence,
  ) {
    this.git = new GitGraph(seq)
    this.git.setBranch(defaultBranch)
  }

  get fullName(): string {
    return `${this.owner}/${this.name}`
  }

  /** Creates an issue; unknown labels are created, as GitHub does when labelling. */
  addIssue(input: NewIssue): IssueRecord {
    const now = this.seq.now()
    const closed = input.state === 'closed'
    const issue: IssueRecord = {
      id: this.seq.nextId(),
      number: this.nextNumber++,
      title: input.title,
      body: input.body ?? null,
      state: closed ? 'closed' : 'open',
      stateReason: closed ? 'completed' : null,
      labels: this.ensureLabels(input.labels ?? []),
      author: input.author ?? this.viewer,
      createdAt: now,
      updatedAt: now,
      closedAt: closed ? now : null,
    }
    this.issues.set(issue.number, issue)
    return issue
  }

  /** Opens a pull request from `head` into `base`; throws when a branch is missing. */
  addPullRequest(input: NewPullRequest): PullIssue {
    const headSha = this.git.branches.get(input.head)
    const baseSha = this.git.branches.get(input.base)
    if (!headSha || !baseSha) throw new Error(`branch ${headSha ? input.base : input.head} does not exist`)
    const pull: PullData = {
      id: this.seq.nextId(),
      head: input.head,
      base: input.base,
      headSha,
      baseSha,
      draft: input.draft ?? false,
      merged: false,
      mergedAt: null,
      mergeCommitSha: null,
      files: input.files ?? [],
    }
    return Object.assign(this.addIssue(input), { pull })
  }

  /** The issue or pull request with that number, if any. */
  issue(number: number): IssueRecord | undefined {
    return this.issues.get(number)
  }

  /** The pull request with that number; issues without a pull half are not returned. */
  pull(number: number): PullIssue | undefined {
    return this.pulls().find((p) => p.number === number)
  }

  /** Every pull request, in number order. */
  pulls(): PullIssue[] {
    return [...this.issues.values()].filter((i): i is PullIssue => i.pull !== undefined)
  }

  /** Creates a label; returns undefined when one with that name (any case) exists. */
  addLabel(
    name: string,
    color = DEFAULT_LABEL_COLOR,
    description: string | null = null,
  ): LabelRecord | undefined {
    if (this.labels.has(name.toLowerCase())) return undefined
    const label = { id: this.seq.nextId(), name, color: color.replace(/^#/, ''), description }
    this.labels.set(name.toLowerCase(), label)
    return label
  }

  label(name: string): LabelRecord | undefined {
    return this.labels.get(name.toLowerCase())
  }

  /** Canonical names of the labels, creating the missing ones. */
  ensureLabels(names: string[]): string[] {
    return names.map((name) => (this.label(name) ?? this.addLabel(name))?.name ?? name)
  }

  /** Adds a comment to an issue or pull request, e.g. to seed a stale duplicate. */
  addComment(issueNumber: number, body: string, author: string = this.viewer): CommentRecord {
    const now = this.seq.now()
    const comment = { id: this.seq.nextId(), issueNumber, body, author, createdAt: now, updatedAt: now }
    this.comments.set(comment.id, comment)
    return comment
  }

  /** The comments of one issue, oldest first (GitHub's order). */
  commentsOf(issueNumber: number): CommentRecord[] {
    return [...this.comments.values()]
      .filter((c) => c.issueNumber === issueNumber)
      .sort((a, b) => a.id - b.id)
  }

  /** Records a commit status on a sha (Statuses API). */
  addCommitStatus(
    sha: string,
    input: Pick<CommitStatusRecord, 'state' | 'context'> & Partial<CommitStatusRecord>,
  ): CommitStatusRecord {
    const status: CommitStatusRecord = {
      description: null,
      targetUrl: null,
      creator: this.viewer,
      ...input,
      id: this.seq.nextId(),
      sha,
      createdAt: this.seq.now(),
    }
    this.commitStatuses.push(status)
    return status
  }

  /** Records a check run on a sha (Checks API); completed runs need a conclusion. */
  addCheckRun(
    headSha: string,
    input: Pick<CheckRunRecord, 'name'> & Partial<CheckRunRecord>,
  ): CheckRunRecord {
    const startedAt = this.seq.now()
    const completed = (input.status ?? 'completed') === 'completed'
    const run: CheckRunRecord = {
      status: 'completed',
      conclusion: completed ? 'success' : null,
      detailsUrl: null,
      completedAt: completed ? startedAt : null,
      title: null,
      summary: null,
      ...input,
      id: this.seq.nextId(),
      headSha,
      startedAt,
    }
    this.checkRuns.push(run)
    return run
  }

  /** Records a deployment of a ref. */
  addDeployment(input: Pick<DeploymentRecord, 'ref'> & Partial<DeploymentRecord>): DeploymentRecord {
    const now = this.seq.now()
    const sha = input.sha ?? this.git.resolve(input.ref)
    if (!sha) throw new Error(`no ref or sha ${input.ref}`)
    const deployment: DeploymentRecord = {
      task: 'deploy',
      environment: 'production',
      description: null,
      payload: {},
      creator: this.viewer,
      ...input,
      id: this.seq.nextId(),
      sha,
      createdAt: now,
      updatedAt: now,
    }
    this.deployments.set(deployment.id, deployment)
    return deployment
  }

  /** Records a status of a deployment. */
  addDeploymentStatus(
    deploymentId: number,
    input: Pick<DeploymentStatusRecord, 'state'> & Partial<DeploymentStatusRecord>,
  ): DeploymentStatusRecord {
    const deployment = this.deployments.get(deploymentId)
    if (!deployment) throw new Error(`no deployment ${deploymentId}`)
    const status: DeploymentStatusRecord = {
      description: '',
      environment: deployment.environment,
      environmentUrl: '',
      logUrl: '',
      creator: this.viewer,
      ...input,
      id: this.seq.nextId(),
      deploymentId,
      createdAt: this.seq.now(),
    }
    this.deploymentStatuses.push(status)
    return status
  }
}
