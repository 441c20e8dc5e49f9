/**
 * Where the revert commit is written and how branch `rollback/<sha>` comes to exist. The creation
 * of that branch is the lock of a rollback: git refuses to create a ref that exists, atomically,
 * under its own ref lock, so of two runs exactly one creates it and the other learns it lost.
 *
 * - {@link LocalRevertWriter}: the repository is the remote itself (the local forge's git dir):
 *   the revert is written there and the branch created with a compare-and-swap `update-ref`.
 * - {@link PushRevertWriter}: the runner's checkout of a GitHub repository: the revert is written
 *   in the checkout and pushed as a new ref; the server's receive-pack does the compare-and-swap
 *   (old value "none"), so a second push of the branch is rejected, never merged or forced.
 *
 * Why git in the runner rather than GitHub's `revertPullRequest`: a deploy that merged staging into
 * main through the merges API has no PR to revert; the mutation names its own branch (so it could
 * not be the lock); and the same code then runs against the local forge and GHES.
 */
import { GitError, runGit, tryRevParse, updateRef, type GitIdentity } from '../git/git.js'
import { revertMergeCommit } from '../git/merge.js'

/** What {@link RevertWriter.create} did. */
export type RevertOutcome =
  | { status: 'created'; sha: string; onto: string }
  | { status: 'exists' }
  | { status: 'conflict'; conflicts: string[]; onto: string }

/** The tip of an existing rollback branch, for telling a live run from one that died. */
export interface BranchTip {
  sha: string
  /** Commit time of the tip, epoch ms. */
  committedAt: number
  message: string
}

/** Writes the revert and creates the branch at it, or reports that the branch exists. */
export interface RevertWriter {
  /** Where the revert is written, for reports (`the local forge` or `the checkout at …`). */
  readonly describe: string
  /**
   * Reverts `merge` (relative to its first parent) on top of the current `base` and creates
   * `branch` at the result. Never moves an existing branch.
   */
  create(input: { merge: string; base: string; branch: string; message: string }): Promise<RevertOutcome>
  /** Creates `branch` at `sha` unless it exists: the lock alone, when there is no revert to write. */
  claim(branch: string, sha: string): Promise<boolean>
  /** The branch's tip, or undefined when it does not exist. */
  tip(branch: string): Promise<BranchTip | undefined>
}

/** Author of revert commits unless the caller names one. */
export const ROLLBACK_IDENTITY: GitIdentity = {
  name: 'launchgate',
  email: 'launchgate@users.noreply.github.com',
}

const heads = (branch: string) => `refs/heads/${branch}`

async function readTip(
  cwd: string,
  ref: string,
  env?: Record<string, string>,
): Promise<BranchTip | undefined> {
  const sha = await tryRevParse(cwd, ref, env)
  if (sha === undefined) return undefined
  const { stdout } = await runGit(['log', '-1', '--format=%ct%n%B', sha], { cwd, env })
  const [time, ...message] = stdout.split('\n')
  return { sha, committedAt: Number(time) * 1000, message: message.join('\n') }
}

/** Writes into the repository that is itself the remote (the local forge's `gitDir`). */
export class LocalRevertWriter implements RevertWriter {
  constructor(
    private readonly gitDir: string,
    private readonly options: { env?: Record<string, string>; identity?: GitIdentity } = {},
  ) {}

  get describe(): string {
    return `the repository at ${this.gitDir}`
  }

  async create(input: {
    merge: string
    base: string
    branch: string
    message: string
  }): Promise<RevertOutcome> {
    const { env } = this.options
    if ((await tryRevParse(this.gitDir, heads(input.branch), env)) !== undefined) return { status: 'exists' }
    const onto = await tryRevParse(this.gitDir, heads(input.base), env)
    if (onto === undefined) throw missingBase(input.base, this.describe)
    const author = this.options.identity ?? ROLLBACK_IDENTITY
    return revertAndClaim(this.gitDir, onto, input, { author, env }, (sha) => this.claim(input.branch, sha))
  }

  claim(branch: string, sha: string): Promise<boolean> {
    const reason = 'launchgate: rollback'
    return updateRef(this.gitDir, heads(branch), sha, null, { env: this.options.env, reason })
  }

  tip(branch: string): Promise<BranchTip | undefined> {
    return readTip(this.gitDir, heads(branch), this.options.env)
  }
}

/** Writes in a checkout and pushes to its remote (the runner's `actions/checkout` of GitHub). */
export class PushRevertWriter implements RevertWriter {
  private readonly remote: string

  constructor(
    private readonly workDir: string,
    private readonly options: { remote?: string; env?: Record<string, string>; identity?: GitIdentity } = {},
  ) {
    this.remote = options.remote ?? 'origin'
  }

  get describe(): string {
    return `the checkout at ${this.workDir} (remote ${this.remote})`
  }

  async create(input: {
    merge: string
    base: string
    branch: string
    message: string
  }): Promise<RevertOutcome> {
    const { env } = this.options
    // The base as the remote has it now, with its history: the revert must apply on top of it,
    // and a shallow checkout would not know the deployed merge.
    const onto = await this.fetch(heads(input.base))
    if (onto === undefined) throw missingBase(input.base, this.describe)
    const author = this.options.identity ?? ROLLBACK_IDENTITY
    return revertAndClaim(this.workDir, onto, input, { author, env }, (sha) => this.claim(input.branch, sha))
  }

  async claim(branch: string, sha: string): Promise<boolean> {
    // No force and no lease needed: a push that creates a ref is refused when the ref exists.
    const push = await runGit(
      ['push', '--porcelain', '--no-verify', this.remote, `${sha}:${heads(branch)}`],
      {
        cwd: this.workDir,
        env: this.options.env,
        allowExitCodes: [1],
      },
    )
    const flag = porcelainFlag(push.stdout, heads(branch))
    if (flag === '*') return true
    // '=' (the same commit is there) or '!' (rejected: the branch exists): another run has it.
    if (flag === '=' || flag === '!') return false
    throw new GitError(['push', this.remote, heads(branch)], push.code, push.stderr || push.stdout)
  }

  async tip(branch: string): Promise<BranchTip | undefined> {
    const sha = await this.fetch(heads(branch))
    return sha === undefined ? undefined : readTip(this.workDir, sha, this.options.env)
  }

  /** Fetches one ref of the remote; its sha, or undefined when the remote has no such ref. */
  private async fetch(ref: string): Promise<string | undefined> {
    const { env } = this.options
    const listed = await runGit(['ls-remote', '--exit-code', this.remote, ref], {
      cwd: this.workDir,
      env,
      allowExitCodes: [2],
    })
    if (listed.code === 2) return undefined
    // Unshallow when needed: the revert's merge with later commits needs their common history.
    const shallow = (await runGit(['rev-parse', '--is-shallow-repository'], { cwd: this.workDir, env }))
      .stdout
    const deepen = shallow.trim() === 'true' ? ['--unshallow'] : []
    await runGit(['fetch', '--quiet', '--no-tags', ...deepen, this.remote, ref], { cwd: this.workDir, env })
    return tryRevParse(this.workDir, 'FETCH_HEAD', env)
  }
}

/** The flag git's `push --porcelain` printed for `ref`: `*` new, `=` up to date, `!` rejected. */
export function porcelainFlag(stdout: string, ref: string): string | undefined {
  for (const line of stdout.split('\n')) {
    const [flag, refs] = line.split('\t')
    if (refs?.endsWith(`:${ref}`)) return flag?.trim() === '' ? ' ' : flag
  }
  return undefined
}

function missingBase(base: string, where: string): GitError {
  return new GitError(['rev-parse', heads(base)], -1, `branch ${base} does not exist in ${where}`, {
    userError: true,
  })
}

/**
 * Writes the revert of `input.merge` on top of `onto` in `dir`, then claims the rollback branch
 * with it; the claim is the lock, so a writer that loses it reports the branch as existing.
 */
async function revertAndClaim(
  dir: string,
  onto: string,
  input: { merge: string; message: string },
  git: { author: GitIdentity; env?: Record<string, string> },
  claim: (sha: string) => Promise<boolean>,
): Promise<RevertOutcome> {
  const result = await revertMergeCommit(dir, { merge: input.merge, onto, message: input.message, ...git })
  if (result.status === 'conflict') return { status: 'conflict', conflicts: result.conflicts, onto }
  return (await claim(result.sha)) ? { status: 'created', sha: result.sha, onto } : { status: 'exists' }
}
