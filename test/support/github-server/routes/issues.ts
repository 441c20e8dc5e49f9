/** Issues and labels: list/create/get/update issues, add labels, get/create/list labels. */
import type { IssueRecord } from '../records.js'
import { issueShape, labelShape } from '../shapes/issues.js'
import {
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

type LabelInput = string | { name?: string }

interface IssueInput {
  title?: string | number
  body?: string | null
  state?: 'open' | 'closed'
  state_reason?: IssueRecord['stateReason']
  labels?: LabelInput[]
}

const labelNames = (labels: LabelInput[]): string[] =>
  labels.map((l) => (typeof l === 'string' ? l : (l.name ?? ''))).filter((n) => n !== '')

function issueOf(ctx: RouteContext) {
  const repo = repoOf(ctx)
  const issue = repo.issue(intParam(ctx, 'issue_number'))
  if (!issue) throw notFound()
  return { repo, issue }
}

/** Applies a PATCH to an issue (also used for the issue half of a pull request). */
export function applyIssuePatch(ctx: RouteContext, issue: IssueRecord, input: IssueInput): void {
  const repo = repoOf(ctx)
  if (input.title !== undefined) issue.title = String(input.title)
  if (input.body !== undefined) issue.body = input.body
  if (input.labels !== undefined) issue.labels = repo.ensureLabels(labelNames(input.labels))
  if (input.state !== undefined && input.state !== issue.state) {
    issue.state = input.state
    issue.closedAt = input.state === 'closed' ? repo.seq.now() : null
    issue.stateReason = input.state === 'closed' ? (input.state_reason ?? 'completed') : 'reopened'
  }
  issue.updatedAt = repo.seq.now()
}

function listIssues(ctx: RouteContext) {
  const repo = repoOf(ctx)
  const state = ctx.query.get('state') ?? 'open'
  const wanted = (ctx.query.get('labels') ?? '')
    .split(',')
    .map((l) => l.trim().toLowerCase())
    .filter((l) => l !== '')
  const creator = ctx.query.get('creator')
  const since = ctx.query.get('since')
  const matches = [...repo.issues.values()].filter(
    (i) =>
      (state === 'all' || i.state === state) &&
      wanted.every((w) => i.labels.some((l) => l.toLowerCase() === w)) &&
      (!creator || i.author === creator) &&
      (!since || i.updatedAt >= new Date(since).toISOString()),
  )
  // GitHub's issue list includes pull requests; clients must filter them out themselves.
  return listOf(ctx, sortById(matches, ctx.query.get('direction'), 'desc'), (i) =>
    issueShape(ctx.urls, repo, i),
  )
}

function createIssue(ctx: RouteContext) {
  const repo = repoOf(ctx)
  const input = ctx.body as IssueInput & { title: string | number }
  const issue = repo.addIssue({
    title: String(input.title),
    body: input.body ?? null,
    labels: labelNames(input.labels ?? []),
  })
  return json(201, issueShape(ctx.urls, repo, issue))
}

function addIssueLabels(ctx: RouteContext) {
  const { repo, issue } = issueOf(ctx)
  const added = repo.ensureLabels(labelNames((ctx.body as { labels?: LabelInput[] }).labels ?? []))
  const known = new Set(issue.labels.map((l) => l.toLowerCase()))
  issue.labels.push(...added.filter((l) => !known.has(l.toLowerCase())))
  issue.updatedAt = repo.seq.now()
  return json(
    200,
    issue.labels.flatMap((name) => {
      const label = repo.label(name)
      return label ? [labelShape(ctx.urls, repo, label)] : []
    }),
  )
}

function createLabel(ctx: RouteContext) {
  const repo = repoOf(ctx)
  const input = ctx.body as { name: string; color?: string; description?: string }
  if (input.color !== undefined && !/^#?[0-9a-fA-F]{6}$/.test(input.color)) {
    throw validationFailed({ resource: 'Label', field: 'color', code: 'invalid' })
  }
  const label = repo.addLabel(input.name, input.color, input.description ?? null)
  if (!label) throw validationFailed({ resource: 'Label', field: 'name', code: 'already_exists' })
  return json(201, labelShape(ctx.urls, repo, label))
}

/** Routes of this file. */
export const issueRoutes: RouteTable = {
  'GET /repos/{owner}/{repo}/issues': listIssues,
  'POST /repos/{owner}/{repo}/issues': createIssue,
  'GET /repos/{owner}/{repo}/issues/{issue_number}': (ctx) => {
    const { repo, issue } = issueOf(ctx)
    return json(200, issueShape(ctx.urls, repo, issue))
  },
  'PATCH /repos/{owner}/{repo}/issues/{issue_number}': (ctx) => {
    const { repo, issue } = issueOf(ctx)
    applyIssuePatch(ctx, issue, ctx.body as IssueInput)
    return json(200, issueShape(ctx.urls, repo, issue))
  },
  'POST /repos/{owner}/{repo}/issues/{issue_number}/labels': addIssueLabels,
  'GET /repos/{owner}/{repo}/labels': (ctx) => {
    const repo = repoOf(ctx)
    return listOf(ctx, sortById([...repo.labels.values()], 'asc', 'asc'), (l) =>
      labelShape(ctx.urls, repo, l),
    )
  },
  'POST /repos/{owner}/{repo}/labels': createLabel,
  'GET /repos/{owner}/{repo}/labels/{name}': (ctx) => {
    const repo = repoOf(ctx)
    const label = repo.label(ctx.params.name ?? '')
    if (!label) throw notFound()
    return json(200, labelShape(ctx.urls, repo, label))
  },
}
