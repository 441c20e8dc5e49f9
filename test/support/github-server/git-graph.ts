/**
 * A pretend git repository: commits with parents and branches pointing at them. Enough to answer
 * GitHub's refs, branches and merges APIs (containment, merge commits, conflicts) without git.
 */
import type { Sequence } from './sequence.js'

/** One commit of the graph. */
export interface CommitRecord {
  sha: string
  message: string
  parents: string[]
  date: string
}

/** What a merge of `head` into `base` did, as GitHub's merges API reports it (201/204/409/404). */
export type MergeOutcome =
  | { kind: 'merged'; commit: CommitRecord }
  | { kind: 'up-to-date' }
  | { kind: 'conflict' }
  | { kind: 'missing'; what: 'base' | 'head' }

const SHA = /^[0-9a-f]{40}$/

/** Commits and branch heads of one repository. */
export class GitGraph {
  readonly commits = new Map<string, CommitRecord>()
  readonly branches = new Map<string, string>()
  private readonly conflicts = new Set<string>()

  constructor(private readonly seq: Sequence) {}

  /** Adds a commit on top of `branch` (a root commit when the branch is new) and moves the branch. */
  commit(branch: string, message = `commit on ${branch}`): string {
    const parent = this.branches.get(branch)
    const record = this.add(message, parent ? [parent] : [])
    this.branches.set(branch, record.sha)
    return record.sha
  }

  /** Points `branch` at `sha` (registered as a root commit when unknown), or at a new root commit. */
  setBranch(branch: string, sha?: string): string {
    if (sha === undefined) return this.commit(branch, `initial commit of ${branch}`)
    if (!SHA.test(sha)) throw new Error(`not a 40-hex sha: ${sha}`)
    if (!this.commits.has(sha))
      this.commits.set(sha, { sha, message: 'imported commit', parents: [], date: this.seq.now() })
    this.branches.set(branch, sha)
    return sha
  }

  /** Makes merges between the two branches (either direction) answer 409, or stop doing so. */
  setConflict(a: string, b: string, conflicting = true): void {
    for (const key of [`${a}\0${b}`, `${b}\0${a}`]) {
      if (conflicting) this.conflicts.add(key)
      else this.conflicts.delete(key)
    }
  }

  /** True when merges between the two branches were set to conflict. */
  hasConflict(a: string, b: string): boolean {
    return this.conflicts.has(`${a}\0${b}`)
  }

  /** The sha a branch name (`main`, `heads/main`, `refs/heads/main`) or known sha stands for. */
  resolve(ref: string): string | undefined {
    const branch = ref.replace(/^refs\//, '').replace(/^heads\//, '')
    if (this.branches.has(branch)) return this.branches.get(branch)
    return this.commits.has(ref) ? ref : undefined
  }

  /** True when `ancestor` is `descendant` or one of its ancestors. */
  contains(descendant: string, ancestor: string): boolean {
    const seen = new Set<string>()
    const queue = [descendant]
    while (queue.length > 0) {
      const sha = queue.pop() as string
      if (sha === ancestor) return true
      if (seen.has(sha)) continue
      seen.add(sha)
      queue.push(...(this.commits.get(sha)?.parents ?? []))
    }
    return false
  }

  /** Merges `head` (branch or sha) into the branch `base`, moving `base` to a new merge commit. */
  merge(base: string, head: string, message?: string): MergeOutcome {
    const baseSha = this.branches.get(base)
    if (!baseSha) return { kind: 'missing', what: 'base' }
    const headSha = this.resolve(head)
    if (!headSha) return { kind: 'missing', what: 'head' }
    if (this.hasConflict(base, head)) return { kind: 'conflict' }
    if (this.contains(baseSha, headSha)) return { kind: 'up-to-date' }
    const commit = this.add(message ?? `Merge ${head} into ${base}`, [baseSha, headSha])
    this.branches.set(base, commit.sha)
    return { kind: 'merged', commit }
  }

  private add(message: string, parents: string[]): CommitRecord {
    const record = { sha: this.seq.nextSha(), message, parents, date: this.seq.now() }
    this.commits.set(record.sha, record)
    return record
  }
}
