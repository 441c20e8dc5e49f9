/** Commit statuses (combined status) and check runs of a ref. */
import type { CheckRunRecord, CommitStatusRecord } from '../records.js'
import { checkRunShape, combinedStatusShape, statusShape } from '../shapes/checks.js'
import { HttpError, json, paginate, repoOf, type RouteContext, type RouteTable } from '../routing.js'

function shaOf(ctx: RouteContext) {
  const repo = repoOf(ctx)
  const ref = ctx.params.ref ?? ctx.params.sha ?? ''
  const sha = repo.git.resolve(ref)
  if (!sha) throw new HttpError(422, `No commit found for SHA: ${ref}`)
  return { repo, sha }
}

/** The newest record per key, in first-seen order of the newest ones. */
function latestBy<T extends { id: number }>(items: T[], key: (item: T) => string): T[] {
  const latest = new Map<string, T>()
  for (const item of [...items].sort((a, b) => b.id - a.id)) {
    if (!latest.has(key(item))) latest.set(key(item), item)
  }
  return [...latest.values()]
}

function listCheckRuns(ctx: RouteContext) {
  const { repo, sha } = shaOf(ctx)
  const name = ctx.query.get('check_name')
  const status = ctx.query.get('status')
  let runs = repo.checkRuns.filter((r) => r.headSha === sha)
  // GitHub's default filter is `latest`: only the most recent run of each name.
  if ((ctx.query.get('filter') ?? 'latest') === 'latest') runs = latestBy(runs, (r) => r.name)
  runs = runs.filter((r) => (!name || r.name === name) && (!status || r.status === status))
  const { page, headers } = paginate(ctx, runs)
  const body = { total_count: runs.length, check_runs: page.map((r) => checkRunShape(ctx.urls, repo, r)) }
  return json(200, body, headers)
}

/** Routes of this file. */
export const checkRoutes: RouteTable = {
  'GET /repos/{owner}/{repo}/commits/{ref}/status': (ctx) => {
    const { repo, sha } = shaOf(ctx)
    const latest = latestBy(
      repo.commitStatuses.filter((s) => s.sha === sha),
      (s) => s.context,
    )
    return json(200, combinedStatusShape(ctx.urls, repo, sha, latest))
  },
  'POST /repos/{owner}/{repo}/statuses/{sha}': (ctx) => {
    const { repo, sha } = shaOf(ctx)
    const input = ctx.body as {
      state: CommitStatusRecord['state']
      target_url?: string | null
      description?: string | null
      context?: string
    }
    const status = repo.addCommitStatus(sha, {
      state: input.state,
      context: input.context ?? 'default',
      targetUrl: input.target_url ?? null,
      description: input.description ?? null,
    })
    return json(201, statusShape(ctx.urls, repo, status))
  },
  'GET /repos/{owner}/{repo}/commits/{ref}/check-runs': listCheckRuns,
  'POST /repos/{owner}/{repo}/check-runs': (ctx) => {
    const repo = repoOf(ctx)
    const input = ctx.body as { name: string; head_sha: string; status?: CheckRunRecord['status'] } & {
      conclusion?: CheckRunRecord['conclusion'] | 'stale'
      details_url?: string
      output?: { title?: string; summary?: string }
    }
    const completed = input.conclusion !== undefined || input.status === 'completed'
    const run = repo.addCheckRun(input.head_sha, {
      name: input.name,
      status: completed ? 'completed' : (input.status ?? 'queued'),
      conclusion: input.conclusion === 'stale' ? 'neutral' : (input.conclusion ?? null),
      detailsUrl: input.details_url ?? null,
      title: input.output?.title ?? null,
      summary: input.output?.summary ?? null,
    })
    return json(201, checkRunShape(ctx.urls, repo, run))
  },
}
