/**
 * Merges and reverts without a work tree, so they run in a bare repository (a local "remote") as
 * GitHub's merges API does on the server. Needs git >= 2.38 for `merge-tree --write-tree`.
 */
import { GitError, assertSafeRef, commitTree, isAncestor, revParse, runGit } from './git.js'
import type { GitIdentity } from './git.js'

/** Outcome of {@link mergeTree}: the merged tree, or the paths that conflict. */
export type MergeTreeResult =
  | { clean: true; tree: string }
  | {
      clean: false
      /** Tree with conflict markers, as git wrote it; useful only for inspection. */
      tree: string
      /** Conflicting paths, each once, in git's order. */
      conflicts: string[]
      /** git's `CONFLICT (...)` lines, e.g. `CONFLICT (content): Merge conflict in a.txt`. */
      messages: string[]
    }

/**
 * Three-way merges `head` into `base` (merge base found by git) with `git merge-tree --write-tree`
 * and returns the resulting tree id. Writes objects only; no ref or index changes. Unrelated
 * histories or unknown commits reject with a {@link GitError}.
 */
export async function mergeTree(
  cwd: string,
  base: string,
  head: string,
  env?: Record<string, string>,
): Promise<MergeTreeResult> {
  assertSafeRef(base)
  assertSafeRef(head)
  const args = ['merge-tree', '--write-tree', '--name-only', '-z', base, head]
  const result = await runGit(args, { cwd, env, allowExitCodes: [1] })
  // -z output: <tree> NUL (<path> NUL)* [NUL <messages>]. Exit 1 means conflicts, but git also
  // exits 1 for a bad revision, so a missing tree id is an error rather than a conflict.
  const fields = result.stdout.split('\0')
  const tree = fields[0] ?? ''
  if (!/^[0-9a-f]{40,64}$/.test(tree))
    throw new GitError(args, result.code, result.stderr || 'no tree in output')
  if (result.code === 0) return { clean: true, tree }
  const end = fields.indexOf('', 1)
  const conflicts = [...new Set(fields.slice(1, end === -1 ? undefined : end))]
  const messages = end === -1 ? [] : conflictMessages(fields.slice(end + 1))
  return { clean: false, tree, conflicts, messages }
}

// Informational records are: <count> NUL <path>{count} NUL <type> NUL <message> NUL.
function conflictMessages(fields: string[]): string[] {
  const messages: string[] = []
  for (let i = 0; i < fields.length;) {
    const count = Number(fields[i])
    if (!Number.isInteger(count) || count < 0) break
    const message = (fields[i + count + 2] ?? '').trim()
    if (message.startsWith('CONFLICT')) messages.push(message)
    i += count + 3
  }
  return messages
}

/** Outcome of {@link revertMergeCommit}. No ref moves; the caller updates the branch. */
export type RevertResult = { status: 'reverted'; sha: string } | { status: 'conflict'; conflicts: string[] }

/**
 * Writes a commit on top of `onto` that undoes merge commit `merge` relative to its parent
 * `mainline` (1 = the branch merged into, as `git revert -m 1`). `onto` defaults to `merge` and
 * must descend from it. When later commits touched the same lines, returns the conflicting paths.
 */
export async function revertMergeCommit(
  cwd: string,
  input: {
    merge: string
    onto?: string
    mainline?: number
    message: string
    author?: GitIdentity
    env?: Record<string, string>
  },
): Promise<RevertResult> {
  const { env, author } = input
  const merge = await revParse(cwd, input.merge, env)
  const onto = await revParse(cwd, input.onto ?? merge, env)
  const parent = await revParse(cwd, `${merge}^${input.mainline ?? 1}`, env)
  // The tree of the mainline parent is exactly "the merge undone" when nothing came after it.
  const undone = await commitTree(cwd, {
    tree: `${parent}^{tree}`,
    parents: [merge],
    message: input.message,
    author,
    env,
  })
  if (onto === merge) return { status: 'reverted', sha: undone }
  if (!(await isAncestor(cwd, merge, onto, env))) {
    throw new GitError(['revert', merge], -1, `${onto} does not contain ${merge}; nothing to revert`, {
      userError: true,
    })
  }
  // Later commits exist: merging `onto` with the synthetic revert (their merge base is `merge`)
  // replays the undo over them, which git >= 2.38 can do without a work tree.
  const merged = await mergeTree(cwd, onto, undone, env)
  if (!merged.clean) return { status: 'conflict', conflicts: merged.conflicts }
  const sha = await commitTree(cwd, {
    tree: merged.tree,
    parents: [onto],
    message: input.message,
    author,
    env,
  })
  return { status: 'reverted', sha }
}
