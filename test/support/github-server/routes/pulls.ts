/** Pull requests: list/create/get/update/merge, changed files, reviews and review comments. */
import type { RepoState } from '../repo-state.js'
import type { ReviewCommentRecord, ReviewRecord } from '../records.js'
import { fileShape, headShaOf, pullShape } from '../shapes/issues.js'
import { reviewCommentShape, reviewShape } from '../shapes/reviews.js'
import { applyIssuePatch } from './issues.js'
import {
  HttpError,
  intParam,
  json,
  listOf,
  notFound,
  repoOf,
  sortById,
  validationFailed,
  type RouteContext,
  type RouteTable,
} from '../routing.js'

interface LineComment {
  path: string
  body: string
  line?: number
  side?: 'LEFT' | 'RIGHT'
  position?: number
}

const REVIEW_STATES: Record<string, ReviewRecord['state']> = {
  APPROVE: 'APPROVED',
  REQUEST_CHANGES: 'CHANGES_REQUESTED',
  COMMENT: 'COMMENTED',
}

function pullOf(ctx: RouteContext) {
  const repo = repoOf(ctx)
  const pr = repo.pull(intParam(ctx, 'pull_number'))
  if (!pr) throw notFound()
  return { repo, pr }
}

/** `owner:branch` or `branch` to the branch name, GitHub's head notation. */
const branchName = (head: string) => head.slice(head.indexOf(':') + 1)

function listPulls(ctx: RouteContext) {
  const repo = repoOf(ctx)
  const state = ctx.query.get('state') ?? 'open'
  const head = ctx.query.get('head')
  const base = ctx.query.get('base')
  const owner = head?.includes(':')
    ? head.slice(0, head.indexOf(':')).toLowerCase()
    : repo.owner.toLowerCase()
  const matches = repo
    .pulls()
    .filter(
      (p) =>
        (state === 'all' || p.state === state) &&
        (!head || (owner === repo.owner.toLowerCase() && p.pull.head === branchName(head))) &&
        (!base || p.pull.base === base),
    )
  return listOf(ctx, sortById(matches, ctx.query.get('direction'), 'desc'), (p) =>
    pullShape(ctx.urls, repo, p, false),
  )
}

function createPull(ctx: RouteContext) {
  const repo = repoOf(ctx)
  const input = ctx.body as { title?: string; body?: string; head: string; base: string; draft?: boolean }
  const head = branchName(input.head)
  if (input.title === undefined)
    throw validationFailed({ resource: 'PullRequest', field: 'title', code: 'missing_field' })
  const headSha = branchSha(repo, 'head', head)
  const baseSha = branchSha(repo, 'base', input.base)
  if (repo.pulls().some((p) => p.state === 'open' && p.pull.head === head && p.pull.base === input.base)) {
    throw custom(`A pull request already exists for ${repo.owner}:${head}.`)
  }
  if (repo.git.contains(baseSha, headSha)) throw custom(`No commits between ${input.base} and ${head}`)
  const pr = repo.addPullRequest({
    title: input.title,
    body: input.body ?? null,
    head,
    base: input.base,
    draft: input.draft,
  })
  return json(201, pullShape(ctx.urls, repo, pr, true))
}

/** The branch's sha, or GitHub's 422 naming the field that named a missing branch. */
function branchSha(repo: RepoState, field: 'head' | 'base', branch: string): string {
  const sha = repo.git.branches.get(branch)
  if (sha === undefined) throw validationFailed({ resource: 'PullRequest', field, code: 'invalid' })
  return sha
}

const custom = (message: string) => validationFailed({ resource: 'PullRequest', code: 'custom', message })

function mergePull(ctx: RouteContext) {
  const { repo, pr } = pullOf(ctx)
  const input = ctx.body as { sha?: string; commit_title?: string }
  const headSha = headShaOf(repo, pr)
  if (pr.pull.merged || pr.state === 'closed') throw new HttpError(405, 'Pull Request is not mergeable')
  if (input.sha && input.sha !== headSha)
    throw new HttpError(409, 'Head branch was modified. Review and try the merge again.')
  const outcome = repo.git.merge(
    pr.pull.base,
    headSha,
    input.commit_title ?? `Merge pull request #${pr.number}`,
  )
  if (outcome.kind === 'conflict' || outcome.kind === 'missing')
    throw new HttpError(405, 'Pull Request is not mergeable')
  const now = repo.seq.now()
  const sha =
    outcome.kind === 'merged' ? outcome.commit.sha : (repo.git.branches.get(pr.pull.base) ?? pr.pull.baseSha)
  Object.assign(pr.pull, { merged: true, mergedAt: now, mergeCommitSha: sha, headSha })
  Object.assign(pr, { state: 'closed', closedAt: now, updatedAt: now })
  return json(200, { sha, merged: true, message: 'Pull Request successfully merged' })
}

function createReview(ctx: RouteContext) {
  const { repo, pr } = pullOf(ctx)
  const input = ctx.body as { commit_id?: string; body?: string; event?: string; comments?: LineComment[] }
  const commitId = input.commit_id ?? headShaOf(repo, pr)
  for (const c of input.comments ?? []) checkPath(pr.pull.files, c.path)
  const review: ReviewRecord = {
    ...{ id: repo.seq.nextId(), pullNumber: pr.number, body: input.body ?? '', commitId },
    ...{
      state: REVIEW_STATES[input.event ?? ''] ?? 'PENDING',
      author: repo.viewer,
      submittedAt: repo.seq.now(),
    },
  }
  repo.reviews.push(review)
  for (const c of input.comments ?? [])
    repo.reviewComments.push(lineComment(repo, pr.number, review.id, commitId, c))
  return json(200, reviewShape(ctx.urls, repo, review))
}

/**
 * GitHub refuses a line comment on a file the pull request does not change. The reviews
 * endpoint answers `validation-error-simple`, whose `errors` are plain strings.
 */
function checkPath(files: { filename: string }[], path: string): void {
  if (files.length > 0 && !files.some((f) => f.filename === path)) {
    throw new HttpError(422, 'Unprocessable Entity', ['Path could not be resolved'])
  }
}

function lineComment(
  repo: RepoState,
  pullNumber: number,
  reviewId: number | null,
  commitId: string,
  c: LineComment,
) {
  const record: ReviewCommentRecord = {
    ...{ id: repo.seq.nextId(), pullNumber, reviewId, path: c.path, line: c.line ?? c.position ?? null },
    ...{ side: c.side ?? 'RIGHT', body: c.body, commitId, author: repo.viewer, createdAt: repo.seq.now() },
  }
  return record
}

/** Routes of this file. */
export const pullRoutes: RouteTable = {
  'GET /repos/{owner}/{repo}/pulls': listPulls,
  'POST /repos/{owner}/{repo}/pulls': createPull,
  'GET /repos/{owner}/{repo}/pulls/{pull_number}': (ctx) => {
    const { repo, pr } = pullOf(ctx)
    return json(200, pullShape(ctx.urls, repo, pr, true))
  },
  'PATCH /repos/{owner}/{repo}/pulls/{pull_number}': (ctx) => {
    const { repo, pr } = pullOf(ctx)
    const input = ctx.body as { title?: string; body?: string; state?: 'open' | 'closed'; base?: string }
    if (input.base !== undefined) {
      if (!repo.git.branches.has(input.base))
        throw validationFailed({ resource: 'PullRequest', field: 'base', code: 'invalid' })
      pr.pull.base = input.base
    }
    applyIssuePatch(ctx, pr, input)
    return json(200, pullShape(ctx.urls, repo, pr, true))
  },
  'PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge': mergePull,
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/files': (ctx) => {
    const { repo, pr } = pullOf(ctx)
    return listOf(ctx, pr.pull.files, (f) => fileShape(ctx.urls, repo, headShaOf(repo, pr), f))
  },
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews': (ctx) => {
    const { repo, pr } = pullOf(ctx)
    const reviews = repo.reviews.filter((r) => r.pullNumber === pr.number)
    return listOf(ctx, reviews, (r) => reviewShape(ctx.urls, repo, r))
  },
  'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews': createReview,
  'GET /repos/{owner}/{repo}/pulls/{pull_number}/comments': (ctx) => {
    const { repo, pr } = pullOf(ctx)
    const comments = repo.reviewComments.filter((c) => c.pullNumber === pr.number)
    return listOf(ctx, comments, (c) => reviewCommentShape(ctx.urls, repo, c))
  },
  'POST /repos/{owner}/{repo}/pulls/{pull_number}/comments': (ctx) => {
    const { repo, pr } = pullOf(ctx)
    const input = ctx.body as LineComment & { commit_id: string }
    checkPath(pr.pull.files, input.path)
    const comment = lineComment(repo, pr.number, null, input.commit_id, input)
    repo.reviewComments.push(comment)
    return json(201, reviewCommentShape(ctx.urls, repo, comment))
  },
}
