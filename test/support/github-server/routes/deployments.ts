/** Deployments and deployment statuses, with GitHub's auto-merge and required-contexts checks. */
import type { RepoState } from '../repo-state.js'
import type { DeploymentState } from '../records.js'
import { deploymentShape, deploymentStatusShape } from '../shapes/checks.js'
import {
  HttpError,
  intParam,
  json,
  listOf,
  notFound,
  repoOf,
  sortById,
  type RouteContext,
  type RouteResult,
  type RouteTable,
} from '../routing.js'

interface DeploymentInput {
  ref: string
  task?: string
  auto_merge?: boolean
  required_contexts?: string[]
  payload?: Record<string, unknown> | string
  environment?: string
  description?: string | null
}

function deploymentOf(ctx: RouteContext) {
  const repo = repoOf(ctx)
  const deployment = repo.deployments.get(intParam(ctx, 'deployment_id'))
  if (!deployment) throw notFound()
  return { repo, deployment }
}

/**
 * GitHub's defaults bite: `auto_merge` (true) merges the default branch into the ref first and
 * answers 202 instead of creating a deployment, and `required_contexts` (all) refuses a ref
 * whose statuses are not all green. Emulated so clients that forget to turn them off notice.
 */
function preflight(repo: RepoState, input: DeploymentInput, sha: string): RouteResult | undefined {
  const defaultSha = repo.git.branches.get(repo.defaultBranch) ?? sha
  if (input.auto_merge !== false && input.ref !== repo.defaultBranch && !repo.git.contains(sha, defaultSha)) {
    const outcome = repo.git.merge(input.ref, repo.defaultBranch)
    if (outcome.kind === 'conflict')
      throw new HttpError(409, `Conflict merging ${repo.defaultBranch} into ${input.ref}.`)
    return json(202, { message: `Auto-merged ${repo.defaultBranch} into ${input.ref} on deployment.` })
  }
  const required = input.required_contexts
  const latest = new Map<string, string>()
  for (const s of repo.commitStatuses.filter((s) => s.sha === sha)) latest.set(s.context, s.state)
  const failing = [...latest].filter(
    ([context, state]) => state !== 'success' && (required?.includes(context) ?? true),
  )
  if (failing.length > 0) throw new HttpError(409, `Conflict: Commit status checks failed for ${input.ref}.`)
  return undefined
}

function createDeployment(ctx: RouteContext) {
  const repo = repoOf(ctx)
  const input = ctx.body as DeploymentInput
  const sha = repo.git.resolve(input.ref)
  if (!sha) throw new HttpError(422, `No ref found for: ${input.ref}`)
  const early = preflight(repo, input, sha)
  if (early) return early
  const deployment = repo.addDeployment({
    ref: input.ref,
    sha,
    task: input.task ?? 'deploy',
    environment: input.environment ?? 'production',
    description: input.description ?? null,
    payload: input.payload ?? {},
  })
  return json(201, deploymentShape(ctx.urls, repo, deployment))
}

function listDeployments(ctx: RouteContext) {
  const repo = repoOf(ctx)
  const filters = ['sha', 'ref', 'task', 'environment'] as const
  const matches = [...repo.deployments.values()].filter((d) =>
    filters.every((f) => {
      const wanted = ctx.query.get(f)
      return wanted === null || wanted === 'none' || d[f] === wanted
    }),
  )
  return listOf(ctx, sortById(matches, 'desc', 'desc'), (d) => deploymentShape(ctx.urls, repo, d))
}

/** Routes of this file. */
export const deploymentRoutes: RouteTable = {
  'GET /repos/{owner}/{repo}/deployments': listDeployments,
  'POST /repos/{owner}/{repo}/deployments': createDeployment,
  'GET /repos/{owner}/{repo}/deployments/{deployment_id}': (ctx) => {
    const { repo, deployment } = deploymentOf(ctx)
    return json(200, deploymentShape(ctx.urls, repo, deployment))
  },
  'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses': (ctx) => {
    const { repo, deployment } = deploymentOf(ctx)
    const statuses = repo.deploymentStatuses.filter((s) => s.deploymentId === deployment.id)
    return listOf(ctx, sortById(statuses, 'desc', 'desc'), (s) => deploymentStatusShape(ctx.urls, repo, s))
  },
  'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses': (ctx) => {
    const { repo, deployment } = deploymentOf(ctx)
    const input = ctx.body as { state: DeploymentState; log_url?: string; target_url?: string } & {
      description?: string
      environment?: string
      environment_url?: string
    }
    const status = repo.addDeploymentStatus(deployment.id, {
      state: input.state,
      description: input.description ?? '',
      environment: input.environment ?? deployment.environment,
      environmentUrl: input.environment_url ?? '',
      logUrl: input.log_url ?? input.target_url ?? '',
    })
    return json(201, deploymentStatusShape(ctx.urls, repo, status))
  },
}
