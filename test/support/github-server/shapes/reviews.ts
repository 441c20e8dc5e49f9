/** GitHub JSON shapes of pull request reviews and review (line) comments. */
import type { RepoState } from '../repo-state.js'
import type { ReviewCommentRecord, ReviewRecord } from '../records.js'
import { nodeId, simpleUser, type Urls } from './common.js'

type Json = Record<string, unknown>

const api = (u: Urls, repo: RepoState) => `${u.api}/repos/${repo.fullName}`

/** GitHub's `pull-request-review`. */
export function reviewShape(u: Urls, repo: RepoState, review: ReviewRecord): Json {
  const html = `${u.html}/${repo.fullName}/pull/${review.pullNumber}#pullrequestreview-${review.id}`
  const pullUrl = `${api(u, repo)}/pulls/${review.pullNumber}`
  return {
    ...{ id: review.id, node_id: nodeId('PRR', review.id), user: simpleUser(u, review.author) },
    ...{ body: review.body, state: review.state, commit_id: review.commitId, author_association: 'OWNER' },
    ...{ html_url: html, pull_request_url: pullUrl, submitted_at: review.submittedAt },
    _links: { html: { href: html }, pull_request: { href: pullUrl } },
  }
}

/** GitHub's `pull-request-review-comment`. */
export function reviewCommentShape(u: Urls, repo: RepoState, c: ReviewCommentRecord): Json {
  const url = `${api(u, repo)}/pulls/comments/${c.id}`
  const html = `${u.html}/${repo.fullName}/pull/${c.pullNumber}#discussion_r${c.id}`
  const pullUrl = `${api(u, repo)}/pulls/${c.pullNumber}`
  return {
    ...{ url, id: c.id, node_id: nodeId('PRRC', c.id), pull_request_review_id: c.reviewId },
    ...{ diff_hunk: '@@ -1,1 +1,1 @@', path: c.path, commit_id: c.commitId, original_commit_id: c.commitId },
    ...{ user: simpleUser(u, c.author), body: c.body, created_at: c.createdAt, updated_at: c.createdAt },
    ...{ html_url: html, pull_request_url: pullUrl, author_association: 'OWNER' },
    _links: { self: { href: url }, html: { href: html }, pull_request: { href: pullUrl } },
    ...{ line: c.line ?? undefined, original_line: c.line ?? undefined, side: c.side, subject_type: 'line' },
  }
}
