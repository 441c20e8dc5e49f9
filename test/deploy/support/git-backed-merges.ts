/**
 * Makes the GitHub fake's merges API real: the next `POST /merges` is also done in the bare git
 * remote (merge-tree, commit-tree, update-ref), and the answer and the fake's graph carry the real
 * merge commit. With the rollback's mirror hook (git to the fake) this joins the two halves of
 * "GitHub" both ways, so a rollback can revert the deploy's merge in git and open its PR.
 */
import { execFileSync } from 'node:child_process'
import type { GitHubServer, RepoState } from '../../support/github-server/index.js'

export function backNextMergeWithGit(
  gh: GitHubServer,
  repo: RepoState,
  remoteDir: string,
  env: Record<string, string>,
): void {
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: remoteDir, env: { ...process.env, ...env }, encoding: 'utf8' }).trim()
  gh.tamper({
    method: 'POST',
    path: '/merges',
    mutate: (body) => {
      const fake = (body as { sha: string }).sha
      const [base, head] = repo.git.commits.get(fake)!.parents as [string, string]
      const tree = git('merge-tree', '--write-tree', base, head)
      const sha = git('commit-tree', tree, '-p', base, '-p', head, '-m', repo.git.commits.get(fake)!.message)
      git('update-ref', 'refs/heads/main', sha, base)
      repo.git.commits.set(sha, { ...repo.git.commits.get(fake)!, sha })
      repo.git.branches.set('main', sha)
      return JSON.parse(JSON.stringify(body).split(fake).join(sha)) as unknown
    },
  })
}
