/** Issue (and pull request) comments: list with pagination, create, update, delete. */
import { commentShape } from '../shapes/issues.js'
import { intParam, json, listOf, notFound, repoOf, type RouteContext, type RouteTable } from '../routing.js'

function commentOf(ctx: RouteContext) {
  const repo = repoOf(ctx)
  const comment = repo.comments.get(intParam(ctx, 'comment_id'))
  if (!comment) throw notFound()
  return { repo, comment }
}

/** Routes of this file. */
export const commentRoutes: RouteTable = {
  'GET /repos/{owner}/{repo}/issues/{issue_number}/comments': (ctx) => {
    const repo = repoOf(ctx)
    const number = intParam(ctx, 'issue_number')
    if (!repo.issue(number)) throw notFound()
    const since = ctx.query.get('since')
    const comments = repo
      .commentsOf(number)
      .filter((c) => !since || c.updatedAt >= new Date(since).toISOString())
    return listOf(ctx, comments, (c) => commentShape(ctx.urls, repo, c))
  },
  'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': (ctx) => {
    const repo = repoOf(ctx)
    const number = intParam(ctx, 'issue_number')
    if (!repo.issue(number)) throw notFound()
    const comment = repo.addComment(number, (ctx.body as { body: string }).body)
    return json(201, commentShape(ctx.urls, repo, comment))
  },
  'GET /repos/{owner}/{repo}/issues/comments/{comment_id}': (ctx) => {
    const { repo, comment } = commentOf(ctx)
    return json(200, commentShape(ctx.urls, repo, comment))
  },
  'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': (ctx) => {
    const { repo, comment } = commentOf(ctx)
    comment.body = (ctx.body as { body: string }).body
    comment.updatedAt = repo.seq.now()
    return json(200, commentShape(ctx.urls, repo, comment))
  },
  'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}': (ctx) => {
    const { repo, comment } = commentOf(ctx)
    repo.comments.delete(comment.id)
    return { status: 204 }
  },
}
