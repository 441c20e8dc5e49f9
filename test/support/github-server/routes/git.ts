/** Branches, git refs and merges over the fake git graph. */
import { branchRefShape, branchShape, commitShape } from '../shapes/git.js'
import {
  HttpError,
  json,
  notFound,
  repoOf,
  validationFailed,
  type RouteContext,
  type RouteTable,
} from '../routing.js'

/** `heads/<branch>` (the only kind of ref the fake keeps) to the branch name, else undefined. */
const branchOfRef = (ref: string) => /^(?:refs\/)?heads\/(.+)$/.exec(ref)?.[1]

function refOf(ctx: RouteContext) {
  const repo = repoOf(ctx)
  const branch = branchOfRef(ctx.params.ref ?? '')
  const sha = branch === undefined ? undefined : repo.git.branches.get(branch)
  if (branch === undefined || sha === undefined) throw notFound()
  return { repo, branch, sha }
}

function createRef(ctx: RouteContext) {
  const repo = repoOf(ctx)
  const { ref, sha } = ctx.body as { ref: string; sha: string }
  const branch = ref.startsWith('refs/') ? branchOfRef(ref) : undefined
  if (branch === undefined) {
    throw new HttpError(422, "Reference name must start with 'refs/heads/' in this fake GitHub")
  }
  if (repo.git.branches.has(branch)) throw new HttpError(422, 'Reference already exists')
  if (!repo.git.commits.has(sha)) throw new HttpError(422, 'Object does not exist')
  repo.git.setBranch(branch, sha)
  return json(201, branchRefShape(ctx.urls, repo, branch, sha))
}

function updateRef(ctx: RouteContext) {
  const { repo, branch, sha: current } = refOf(ctx)
  const { sha, force } = ctx.body as { sha: string; force?: boolean }
  if (!repo.git.commits.has(sha)) throw new HttpError(422, 'Object does not exist')
  if (!force && !repo.git.contains(sha, current)) throw new HttpError(422, 'Update is not a fast forward')
  repo.git.setBranch(branch, sha)
  return json(200, branchRefShape(ctx.urls, repo, branch, sha))
}

function merge(ctx: RouteContext) {
  const repo = repoOf(ctx)
  const input = ctx.body as { base: string; head: string; commit_message?: string }
  const outcome = repo.git.merge(input.base, input.head, input.commit_message)
  switch (outcome.kind) {
    case 'merged':
      return json(201, commitShape(ctx.urls, repo, outcome.commit))
    case 'up-to-date':
      return { status: 204 }
    case 'conflict':
      throw new HttpError(409, 'Merge conflict')
    case 'missing':
      throw new HttpError(404, outcome.what === 'base' ? 'Base does not exist' : 'Head does not exist')
  }
}

/** Routes of this file. */
export const gitRoutes: RouteTable = {
  'POST /repos/{owner}/{repo}/git/refs': createRef,
  'GET /repos/{owner}/{repo}/git/ref/{ref}': (ctx) => {
    const { repo, branch, sha } = refOf(ctx)
    return json(200, branchRefShape(ctx.urls, repo, branch, sha))
  },
  'PATCH /repos/{owner}/{repo}/git/refs/{ref}': updateRef,
  'DELETE /repos/{owner}/{repo}/git/refs/{ref}': (ctx) => {
    const { repo, branch } = refOf(ctx)
    if (branch === repo.defaultBranch) throw validationFailed({ resource: 'Reference', code: 'custom' })
    repo.git.branches.delete(branch)
    return { status: 204 }
  },
  'GET /repos/{owner}/{repo}/branches/{branch}': (ctx) => {
    const repo = repoOf(ctx)
    const branch = ctx.params.branch ?? ''
    const sha = repo.git.branches.get(branch)
    const commit = sha === undefined ? undefined : repo.git.commits.get(sha)
    if (!commit) throw new HttpError(404, 'Branch not found')
    return json(200, branchShape(ctx.urls, repo, branch, commit))
  },
  'POST /repos/{owner}/{repo}/merges': merge,
}
