/** GitHub JSON shapes of issues, labels, comments and pull requests, built from the records. */
import type { RepoState } from '../repo-state.js'
import type { CommentRecord, FileRecord, IssueRecord, LabelRecord, PullIssue as Pull } from '../records.js'
import { createHash } from 'node:crypto'
import { nodeId, repository, simpleUser, type Urls } from './common.js'

type Json = Record<string, unknown>

const api = (u: Urls, repo: RepoState) => `${u.api}/repos/${repo.fullName}`

/** GitHub's `label`. */
export function labelShape(u: Urls, repo: RepoState, label: LabelRecord): Json {
  return {
    id: label.id,
    node_id: nodeId('LA', label.id),
    url: `${api(u, repo)}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    description: label.description,
    color: label.color,
    default: false,
  }
}

function labelsOf(u: Urls, repo: RepoState, names: string[]): Json[] {
  return names.flatMap((name) => {
    const label = repo.label(name)
    return label ? [labelShape(u, repo, label)] : []
  })
}

/** GitHub's `issue`; a pull request's issue half carries `pull_request` links. */
export function issueShape(u: Urls, repo: RepoState, issue: IssueRecord): Json {
  const url = `${api(u, repo)}/issues/${issue.number}`
  const html = `${u.html}/${repo.fullName}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`
  const shape: Json = {
    id: issue.id,
    node_id: nodeId(issue.pull ? 'PR' : 'I', issue.id),
    url,
    repository_url: api(u, repo),
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: html,
    number: issue.number,
    state: issue.state,
    state_reason: issue.stateReason,
    title: issue.title,
    body: issue.body,
    user: simpleUser(u, issue.author),
    labels: labelsOf(u, repo, issue.labels),
    ...{ assignee: null, assignees: [], milestone: null, locked: false, active_lock_reason: null },
    comments: repo.commentsOf(issue.number).length,
    closed_at: issue.closedAt,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    author_association: 'OWNER',
  }
  if (issue.pull) {
    const pullUrl = `${api(u, repo)}/pulls/${issue.number}`
    shape.draft = issue.pull.draft
    shape.pull_request = {
      url: pullUrl,
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      merged_at: issue.pull.mergedAt,
    }
  }
  return shape
}

/** GitHub's `issue-comment`. */
export function commentShape(u: Urls, repo: RepoState, comment: CommentRecord): Json {
  const isPull = repo.issue(comment.issueNumber)?.pull !== undefined
  return {
    id: comment.id,
    node_id: nodeId('IC', comment.id),
    url: `${api(u, repo)}/issues/comments/${comment.id}`,
    html_url: `${u.html}/${repo.fullName}/${isPull ? 'pull' : 'issues'}/${comment.issueNumber}#issuecomment-${comment.id}`,
    issue_url: `${api(u, repo)}/issues/${comment.issueNumber}`,
    body: comment.body,
    user: simpleUser(u, comment.author),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: 'OWNER',
  }
}

/** The live head sha: an open pull request follows its head branch. */
export function headShaOf(repo: RepoState, pr: Pull): string {
  return (pr.state === 'open' ? repo.git.branches.get(pr.pull.head) : undefined) ?? pr.pull.headSha
}

function branchEnd(u: Urls, repo: RepoState, ref: string, sha: string): Json {
  return {
    label: `${repo.owner}:${ref}`,
    ref,
    sha,
    user: simpleUser(u, repo.owner),
    repo: repository(u, repo),
  }
}

/** GitHub's `pull-request-simple` (list items); `full` adds the `pull-request` fields. */
export function pullShape(u: Urls, repo: RepoState, pr: Pull, full: boolean): Json {
  const url = `${api(u, repo)}/pulls/${pr.number}`
  const html = `${u.html}/${repo.fullName}/pull/${pr.number}`
  const headSha = headShaOf(repo, pr)
  const baseSha = repo.git.branches.get(pr.pull.base) ?? pr.pull.baseSha
  const link = (href: string) => ({ href })
  const shape: Json = {
    ...{ url, id: pr.pull.id, node_id: nodeId('PR', pr.pull.id), html_url: html },
    ...{
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: `${api(u, repo)}/issues/${pr.number}`,
    },
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${api(u, repo)}/pulls/comments{/number}`,
    comments_url: `${api(u, repo)}/issues/${pr.number}/comments`,
    statuses_url: `${api(u, repo)}/statuses/${headSha}`,
    ...{ number: pr.number, state: pr.state, locked: false, title: pr.title, user: simpleUser(u, pr.author) },
    body: pr.body,
    // The list schema demands a string label description where the full one allows null.
    labels: labelsOf(u, repo, pr.labels).map((l) => (full ? l : { ...l, description: l.description ?? '' })),
    ...{ milestone: null, active_lock_reason: null, assignee: null, assignees: [] },
    ...{ requested_reviewers: [], requested_teams: [] },
    ...{ created_at: pr.createdAt, updated_at: pr.updatedAt, closed_at: pr.closedAt },
    ...{ merged_at: pr.pull.mergedAt, merge_commit_sha: pr.pull.mergeCommitSha },
    head: branchEnd(u, repo, pr.pull.head, headSha),
    base: branchEnd(u, repo, pr.pull.base, baseSha),
    _links: {
      ...{ self: link(url), html: link(html), issue: link(`${api(u, repo)}/issues/${pr.number}`) },
      comments: link(`${api(u, repo)}/issues/${pr.number}/comments`),
      ...{
        review_comments: link(`${url}/comments`),
        review_comment: link(`${api(u, repo)}/pulls/comments{/number}`),
      },
      ...{ commits: link(`${url}/commits`), statuses: link(`${api(u, repo)}/statuses/${headSha}`) },
    },
    ...{ author_association: 'OWNER', auto_merge: null, draft: pr.pull.draft },
  }
  if (full) Object.assign(shape, pullDetails(u, repo, pr))
  return shape
}

function pullDetails(u: Urls, repo: RepoState, pr: Pull): Json {
  const conflict = repo.git.hasConflict(pr.pull.base, pr.pull.head)
  const files = pr.pull.files
  return {
    merged: pr.pull.merged,
    mergeable: pr.pull.merged ? null : !conflict,
    rebaseable: !conflict,
    mergeable_state: conflict ? 'dirty' : 'clean',
    merged_by: pr.pull.merged ? simpleUser(u, repo.viewer) : null,
    comments: repo.commentsOf(pr.number).length,
    review_comments: repo.reviewComments.filter((c) => c.pullNumber === pr.number).length,
    maintainer_can_modify: false,
    commits: 1,
    additions: files.reduce((sum, f) => sum + (f.additions ?? 1), 0),
    deletions: files.reduce((sum, f) => sum + (f.deletions ?? 0), 0),
    changed_files: files.length,
  }
}

/** GitHub's `diff-entry`. */
export function fileShape(u: Urls, repo: RepoState, headSha: string, file: FileRecord): Json {
  const additions = file.additions ?? 1
  const deletions = file.deletions ?? 0
  const path = file.filename.split('/').map(encodeURIComponent).join('/')
  const shape: Json = {
    sha: createHash('sha1').update(file.filename).digest('hex'),
    filename: file.filename,
    status: file.status,
    ...{ additions, deletions, changes: additions + deletions },
    blob_url: `${u.html}/${repo.fullName}/blob/${headSha}/${path}`,
    raw_url: `${u.html}/${repo.fullName}/raw/${headSha}/${path}`,
    contents_url: `${api(u, repo)}/contents/${path}?ref=${headSha}`,
  }
  if (file.patch !== undefined) shape.patch = file.patch
  if (file.previousFilename !== undefined) shape.previous_filename = file.previousFilename
  return shape
}
