/**
 * A repository after a deploy, in real git: `main` with a merge commit of branch `feature` (the
 * deploy), then an unrelated commit on top, pushed to a bare remote that stands in for GitHub.
 * The revert of the deploy must remove `feature.txt` and restore `app.txt` while keeping `later.txt`.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import {
  createBareRemote,
  createTempRepo,
  type BareRemote,
  type FileMap,
  type TempRepo,
} from '../../support/git-repos.js'

const exec = promisify(execFile)

export interface DeployedRepo {
  work: TempRepo
  remote: BareRemote
  /** The deployed merge commit. */
  merge: string
  /** The tip of `main` after the deploy (one commit on top of the merge). */
  main: string
  /** A fresh clone of the remote, as `actions/checkout` gives a runner. */
  checkout(): Promise<string>
  /** A file's content on a branch of the remote, or undefined when absent. */
  fileOn(branch: string, file: string): Promise<string | undefined>
  cleanup(): Promise<void>
}

/** Builds the repository; `conflicting` makes the later commit edit the deployed line again. */
export async function createDeployedRepo(options: { conflicting?: boolean } = {}): Promise<DeployedRepo> {
  const work = await createTempRepo({ files: { 'app.txt': 'version 1\n' } })
  await work.branch('feature')
  await work.commit('feature: version 2', { 'app.txt': 'version 2\n', 'feature.txt': 'new feature\n' })
  await work.checkout('main')
  await work.git('merge', '--no-ff', '--quiet', '-m', 'Merge branch feature (deploy)', 'feature')
  const merge = await work.sha()
  const later: FileMap = options.conflicting ? { 'app.txt': 'version 3\n' } : { 'later.txt': 'later work\n' }
  const main = await work.commit('later work on main', later)
  const remote = await createBareRemote(work)
  const clones: string[] = []
  return {
    work,
    remote,
    merge,
    main,
    async checkout() {
      const dir = await mkdtemp(join(tmpdir(), 'launchgate-checkout-'))
      clones.push(dir)
      // file:// makes the depth count (a plain path clones locally, in full), as a runner's shallow checkout.
      await exec('git', ['clone', '--quiet', '--depth', '1', `file://${remote.dir}`, dir], {
        env: { ...process.env, ...work.env },
      })
      return dir
    },
    async fileOn(branch, file) {
      try {
        return await remote.git('show', `refs/heads/${branch}:${file}`)
      } catch {
        return undefined
      }
    },
    async cleanup() {
      await work.cleanup()
      await Promise.all(clones.map((dir) => rm(dir, { recursive: true, force: true })))
    },
  }
}
