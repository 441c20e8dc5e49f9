/**
 * `--since <ref>`: the tree of another commit, checked out read-only into a temporary git worktree
 * (no change to the user's checkout; works on a shallow clone as long as the ref was fetched).
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { UsageError } from '../errors.js'
import { GitError, revParse, runGit } from '../git/git.js'

/** A checked-out ref; `root` is the scanned folder inside it (same subfolder as the head's root). */
export interface RefTree {
  ref: string
  sha: string
  root: string
  /** Removes the worktree and its folder. */
  dispose(): Promise<void>
}

/** Checks out `ref` of the repository holding `root` into a temporary worktree. */
export async function checkoutRef(root: string, ref: string): Promise<RefTree> {
  let sha: string
  let prefix: string
  try {
    sha = await revParse(root, ref)
    prefix = (await runGit(['rev-parse', '--show-prefix'], { cwd: root })).stdout.trim()
  } catch (error) {
    if (!(error instanceof GitError)) throw error
    throw new UsageError(
      `--since ${ref}: not a commit of the repository at the root (${error.stderr || error.message}); ` +
        `on a shallow clone fetch it first, e.g. git fetch --depth=1 origin ${ref}`,
      { cause: error },
    )
  }
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'launchgate-since-'))
  const tree = path.join(tmp, 'tree')
  // Hooks off: checking out an old commit must not run the repository's post-checkout hook.
  await runGit(['-c', 'core.hooksPath=/dev/null', 'worktree', 'add', '--detach', '--quiet', tree, sha], {
    cwd: root,
  })
  return {
    ref,
    sha,
    root: path.join(tree, prefix),
    async dispose() {
      await runGit(['worktree', 'remove', '--force', tree], { cwd: root }).catch(() => undefined)
      await rm(tmp, { recursive: true, force: true })
      await runGit(['worktree', 'prune'], { cwd: root }).catch(() => undefined)
    },
  }
}
