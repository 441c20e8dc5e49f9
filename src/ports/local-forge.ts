/**
 * `LocalForge`: the forge port backed by a real git repository (usually a bare "remote") and a
 * JSON file, so every launchgate capability runs on a laptop without GitHub. Branches and merges
 * are real refs and commits; issues, pull requests, comments, labels, deployments, checks and
 * review comments live in `<stateDir>/forge.json`. Behaviour follows GitHub's REST API where a
 * capability could notice the difference (shared issue/PR numbers, 404/422 refusals, newest-first
 * lists, a PR marked merged when its head is merged into its base).
 *
 * There is no CI here: `recordCheck(ref, check)` stands in for check runs and commit statuses.
 */
import { mkdir } from 'node:fs/promises'
import { ConfigurationError } from '../errors.js'
import { commitTree, isAncestor, mergeBase, runGit, tryRevParse, updateRef } from '../git/git.js'
import type { GitIdentity } from '../git/git.js'
import { mergeTree } from '../git/merge.js'
import { changedFiles } from './local-forge-diff.js'
import type { FileLockOptions } from './local-forge-lock.js'
import { ForgeStore } from './local-forge-store.js'
import type { StoredIssue } from './local-forge-store.js'
import { LocalForgeRecords } from './local-forge-records.js'
import { LocalForgeError, findNumber, matches, newestFirst, toPullRequest } from './local-forge-model.js'
import type { ChangedFile, Forge, MergeResult, PullRequest, RepoRef } from './forge.js'

export { LocalForgeError } from './local-forge-model.js'

/** Options of {@link LocalForge.open}. */
export interface LocalForgeOptions {
  /** The git repository branches live in, bare or not (usually the bare "origin"). */
  gitDir: string
  /** Folder for `forge.json`; created when missing. */
  stateDir: string
  repo: RepoRef
  /** Extra environment for every git call (tests isolate git from the user's config with it). */
  env?: Record<string, string>
  /** Author and committer of merge commits; `launchgate <launchgate@localhost>` by default. */
  identity?: GitIdentity
  /** Login recorded as the author of comments; `launchgate` by default. */
  actor?: string
  /** Clock for timestamps; tests pin it. */
  now?: () => Date
  lock?: FileLockOptions
}

const DEFAULT_IDENTITY: GitIdentity = { name: 'launchgate', email: 'launchgate@localhost' }
// A merge whose base branch keeps moving underneath it is retried this many times, then refused.
const MERGE_ATTEMPTS = 3

/** The forge port over local git and JSON files. Create with {@link LocalForge.open}. */
export class LocalForge extends LocalForgeRecords implements Forge {
  readonly kind = 'local' as const

  private constructor(private readonly options: LocalForgeOptions) {
    const repo = { owner: options.repo.owner, repo: options.repo.repo }
    const clock = options.now ?? (() => new Date())
    super(repo, new ForgeStore(options.stateDir, repo, options.lock), clock, options.actor ?? 'launchgate')
  }

  /** Checks that `gitDir` is a git repository, creates `stateDir`, and returns the forge. */
  static async open(options: LocalForgeOptions): Promise<LocalForge> {
    try {
      await runGit(['rev-parse', '--git-dir'], { cwd: options.gitDir, env: options.env })
    } catch (error) {
      throw new ConfigurationError(
        `${options.gitDir} is not a git repository; point gitDir at a clone or a bare repo`,
        {
          cause: error,
        },
      )
    }
    await mkdir(options.stateDir, { recursive: true })
    return new LocalForge(options)
  }

  /** Path of the JSON state file, for messages and for people who want to look inside. */
  get stateFile(): string {
    return this.store.file
  }

  // ---- Pull requests ----

  async findPullRequests(query: {
    head?: string
    base?: string
    state?: 'open' | 'closed' | 'all'
  }): Promise<PullRequest[]> {
    const { issues } = await this.store.read()
    const head = query.head === undefined ? undefined : withoutOwner(query.head)
    const pulls = issues.filter(
      (i) =>
        i.pullRequest &&
        matches(i, query.state) &&
        (head === undefined || i.pullRequest.head === head) &&
        (query.base === undefined || i.pullRequest.base === query.base),
    )
    return Promise.all(newestFirst(pulls).map((pull) => this.toLivePull(pull)))
  }

  async getPullRequest(number: number): Promise<PullRequest> {
    const { issues } = await this.store.read()
    return this.toLivePull(findNumber(issues, number))
  }

  async createPullRequest(input: {
    title: string
    body: string
    head: string
    base: string
    labels?: string[]
  }): Promise<PullRequest> {
    input = { ...input, head: withoutOwner(input.head) }
    const headSha = await this.requireBranch(input.head, 'head')
    const baseSha = await this.requireBranch(input.base, 'base')
    if (await isAncestor(this.gitDir, headSha, baseSha, this.options.env)) {
      throw new LocalForgeError(422, `no commits between ${input.base} and ${input.head}`)
    }
    return this.store.update((state) => {
      const open = state.issues.find(
        (i) => i.state === 'open' && i.pullRequest?.head === input.head && i.pullRequest.base === input.base,
      )
      if (open)
        throw new LocalForgeError(
          422,
          `a pull request already exists for ${input.head} into ${input.base}: #${open.number}`,
        )
      const pull = this.addIssue(state, input)
      pull.pullRequest = { head: input.head, base: input.base, headSha, merged: false }
      return toPullRequest(this.repo, pull)
    })
  }

  async updatePullRequest(number: number, input: { title?: string; body?: string }): Promise<PullRequest> {
    const updated = await this.store.update((state) => {
      const pull = findNumber(state.issues, number)
      if (!pull.pullRequest) throw new LocalForgeError(404, `#${number} is an issue, not a pull request`)
      if (input.title !== undefined) pull.title = input.title
      if (input.body !== undefined) pull.body = input.body
      pull.updatedAt = this.timestamp()
      return structuredClone(pull)
    })
    return this.toLivePull(updated)
  }

  /** Files changed by the pull request: merge base of base and head, to head (real git). */
  async listChangedFiles(pullNumber: number): Promise<ChangedFile[]> {
    const pull = await this.getPullRequest(pullNumber)
    // Once merged, the base branch contains the head; diff against the base as it was instead.
    const base = pull.mergeCommitSha ? `${pull.mergeCommitSha}^1` : `refs/heads/${pull.base}`
    const baseSha = await tryRevParse(this.gitDir, base, this.options.env)
    const from = baseSha && (await mergeBase(this.gitDir, baseSha, pull.headSha, this.options.env))
    if (!from)
      throw new LocalForgeError(422, `#${pullNumber}: ${pull.base} and ${pull.head} share no history`)
    return changedFiles(this.gitDir, from, pull.headSha, this.options.env)
  }

  // ---- Branches and merges ----

  async getBranchSha(branch: string): Promise<string | undefined> {
    return tryRevParse(this.gitDir, branchRef(branch), this.options.env)
  }

  async createBranch(branch: string, sha: string): Promise<void> {
    const valid = await runGit(['check-ref-format', branchRef(branch)], {
      cwd: this.gitDir,
      env: this.options.env,
      allowExitCodes: [1],
    })
    if (valid.code !== 0)
      throw new LocalForgeError(422, `${JSON.stringify(branch)} is not a valid branch name`)
    const commit = await tryRevParse(this.gitDir, sha, this.options.env)
    if (!commit) throw new LocalForgeError(422, `no commit ${sha}`)
    if (!(await updateRef(this.gitDir, branchRef(branch), commit, null, { env: this.options.env }))) {
      throw new LocalForgeError(422, `branch ${branch} already exists`)
    }
  }

  /**
   * Merges `head` into `base` as GitHub's merges API does: a real two-parent merge commit written
   * without a work tree, and `base` moved only if nobody moved it meanwhile (compare-and-swap).
   */
  async mergeBranches(input: { base: string; head: string; message: string }): Promise<MergeResult> {
    const env = this.options.env
    for (let attempt = 0; attempt < MERGE_ATTEMPTS; attempt++) {
      const baseSha = await this.requireBranch(input.base, 'base')
      const headSha = await this.resolveCommit(input.head)
      if (await isAncestor(this.gitDir, headSha, baseSha, env)) return { status: 'up-to-date' }
      const merged = await mergeTree(this.gitDir, baseSha, headSha, env)
      if (!merged.clean)
        return { status: 'conflict', message: conflictMessage(input.base, input.head, merged) }
      const author = { ...(this.options.identity ?? DEFAULT_IDENTITY) }
      const parents = [baseSha, headSha]
      const sha = await commitTree(this.gitDir, {
        tree: merged.tree,
        parents,
        message: input.message,
        author,
        env,
      })
      const reason = `launchgate: merge ${input.head} into ${input.base}`
      if (await updateRef(this.gitDir, branchRef(input.base), sha, baseSha, { env, reason })) {
        await this.markPullsMerged(input.base, input.head, headSha, sha)
        return { status: 'merged', sha }
      }
    }
    throw new LocalForgeError(409, `${input.base} kept moving while merging ${input.head}; run again`)
  }

  // ---- Internals ----

  private get gitDir(): string {
    return this.options.gitDir
  }

  /** A branch name first (as GitHub resolves `ref`), then any commit-ish. */
  protected async resolveCommit(ref: string): Promise<string> {
    return (await this.getBranchSha(ref)) ?? (await this.requireCommit(ref))
  }

  private async toLivePull(stored: StoredIssue): Promise<PullRequest> {
    const live =
      stored.pullRequest && stored.state === 'open'
        ? await this.getBranchSha(stored.pullRequest.head)
        : undefined
    return toPullRequest(this.repo, stored, live)
  }

  private async requireBranch(branch: string, role: 'base' | 'head'): Promise<string> {
    const sha = await this.getBranchSha(branch)
    if (!sha) throw new LocalForgeError(404, `${role} branch ${branch} does not exist in ${this.gitDir}`)
    return sha
  }

  private async requireCommit(ref: string): Promise<string> {
    const sha = await tryRevParse(this.gitDir, ref, this.options.env)
    if (!sha) throw new LocalForgeError(422, `no commit found for ${ref}`)
    return sha
  }

  /** GitHub closes an open pull request as merged once its head lands in its base. */
  private async markPullsMerged(
    base: string,
    head: string,
    headSha: string,
    mergeSha: string,
  ): Promise<void> {
    await this.store.update((state) => {
      for (const issue of state.issues) {
        const pull = issue.pullRequest
        if (issue.state !== 'open' || pull?.base !== base || pull.head !== head) continue
        Object.assign(pull, { merged: true, mergeCommitSha: mergeSha, headSha })
        Object.assign(issue, { state: 'closed', updatedAt: this.timestamp() })
      }
    })
  }
}

/** GitHub names a pull request's head `owner:branch`; a bare branch name is accepted too. */
function withoutOwner(head: string): string {
  return head.replace(/^[^:]*:/, '')
}

function branchRef(branch: string): string {
  return branch.startsWith('refs/heads/') ? branch : `refs/heads/${branch}`
}

function conflictMessage(
  base: string,
  head: string,
  merged: { conflicts: string[]; messages: string[] },
): string {
  const details = merged.messages.length > 0 ? ` (${merged.messages.join('; ')})` : ''
  return (
    `merging ${head} into ${base} conflicts in ${merged.conflicts.join(', ')}${details}. ` +
    `Merge ${base} into ${head} locally (git merge ${base}), resolve the conflicts, push ${head} and run again.`
  )
}
