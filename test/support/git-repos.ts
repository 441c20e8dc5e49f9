/**
 * Temporary git repositories for tests: a work repository with an initial commit, a bare clone
 * standing in for GitHub, and helpers to write, commit, branch and push. Git is isolated from the
 * developer's own config (no system or global file, `HOME` inside the temp folder) and every
 * commit has a fixed author and a date that advances one minute per commit, so runs are
 * reproducible.
 */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'

const exec = promisify(execFile)

/** Files to write: path relative to the repository → content. */
export type FileMap = Record<string, string>

/** A work repository under the temp folder. */
export interface TempRepo {
  /** The work tree. */
  dir: string
  /** Environment every git call in the test should use, forge included. */
  env: Record<string, string>
  /** Runs git in the work tree and returns trimmed stdout; rejects on a non-zero exit. */
  git(...args: string[]): Promise<string>
  /** Writes files (creating folders) without staging them. */
  writeFiles(files: FileMap): Promise<void>
  /** Writes `files`, stages everything, commits and returns the new sha. */
  commit(message: string, files?: FileMap): Promise<string>
  /** Creates `name` at `from` (default HEAD) and checks it out. */
  branch(name: string, from?: string): Promise<void>
  checkout(ref: string): Promise<void>
  /** Pushes branches to `origin` (all of them when none are named). */
  push(...branches: string[]): Promise<void>
  /** The sha `ref` (default HEAD) points at. */
  sha(ref?: string): Promise<string>
  /** Removes the temp folder, bare remotes included. */
  cleanup(): Promise<void>
}

/** A bare repository set as the work repository's `origin`. */
export interface BareRemote {
  dir: string
  /** Runs git in the bare repository and returns trimmed stdout. */
  git(...args: string[]): Promise<string>
}

/** Options of {@link createTempRepo}. */
export interface TempRepoOptions {
  /** Files of the initial commit; a README by default. */
  files?: FileMap
  /** Default branch; `main` by default. */
  branch?: string
}

/** An environment in which git ignores the machine's config and never prompts. */
export function isolatedGitEnv(home: string): Record<string, string> {
  return {
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: join(home, '.gitconfig'),
    GIT_TERMINAL_PROMPT: '0',
    GIT_AUTHOR_NAME: 'Test Author',
    GIT_AUTHOR_EMAIL: 'author@example.test',
    GIT_COMMITTER_NAME: 'Test Committer',
    GIT_COMMITTER_EMAIL: 'committer@example.test',
    LC_ALL: 'C',
  }
}

// Settings that would otherwise come from a developer's global config and change git's output.
const GLOBAL_CONFIG = `[init]
\tdefaultBranch = main
[commit]
\tgpgSign = false
[core]
\tautocrlf = false
[advice]
\tdetachedHead = false
`

async function runIn(dir: string, env: Record<string, string>, args: string[]): Promise<string> {
  const { stdout } = await exec('git', args, { cwd: dir, env: { ...process.env, ...env } })
  return stdout.trim()
}

/** Creates a work repository with one commit (`initial commit`) on `main` (or `options.branch`). */
export async function createTempRepo(options: TempRepoOptions = {}): Promise<TempRepo> {
  const root = await mkdtemp(join(tmpdir(), 'launchgate-git-'))
  const dir = join(root, 'work')
  const env = isolatedGitEnv(root)
  await writeFile(env.GIT_CONFIG_GLOBAL as string, GLOBAL_CONFIG)
  await mkdir(dir)
  let commits = 0
  const git = (...args: string[]) => runIn(dir, env, args)
  const writeFiles = async (files: FileMap) => {
    for (const [path, content] of Object.entries(files)) {
      await mkdir(dirname(join(dir, path)), { recursive: true })
      await writeFile(join(dir, path), content)
    }
  }
  const repo: TempRepo = {
    dir,
    env,
    git,
    writeFiles,
    async commit(message, files = {}) {
      await writeFiles(files)
      await git('add', '--all')
      // One minute per commit from a fixed instant: deterministic, yet every commit is distinct.
      const date = new Date(Date.UTC(2024, 0, 1) + commits++ * 60_000).toISOString()
      await exec('git', ['commit', '--quiet', '--allow-empty', '-m', message], {
        cwd: dir,
        env: { ...process.env, ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
      })
      return git('rev-parse', 'HEAD')
    },
    branch: async (name, from = 'HEAD') => void (await git('checkout', '--quiet', '-b', name, from)),
    checkout: async (ref) => void (await git('checkout', '--quiet', ref)),
    push: async (...branches) =>
      void (await git('push', '--quiet', 'origin', ...(branches.length > 0 ? branches : ['--all']))),
    sha: (ref = 'HEAD') => git('rev-parse', '--verify', `${ref}^{commit}`),
    cleanup: () => rm(root, { recursive: true, force: true }),
  }
  await git('init', '--quiet', '-b', options.branch ?? 'main')
  await repo.commit('initial commit', options.files ?? { 'README.md': '# test repository\n' })
  return repo
}

/**
 * Creates a bare repository next to `work` (removed by `work.cleanup()`), sets it as `origin`
 * and pushes every branch to it, like a GitHub repository the work tree was cloned from.
 */
export async function createBareRemote(work: TempRepo): Promise<BareRemote> {
  const dir = join(dirname(work.dir), `remote-${Math.random().toString(36).slice(2, 8)}.git`)
  await runIn(dirname(work.dir), work.env, ['init', '--quiet', '--bare', dir])
  await work.git('remote', 'add', 'origin', dir)
  await work.push()
  // The bare repo's HEAD should name the work repo's default branch, as GitHub's would.
  const current = await work.git('symbolic-ref', '--short', 'HEAD')
  await runIn(dir, work.env, ['symbolic-ref', 'HEAD', `refs/heads/${current}`])
  return { dir, git: (...args: string[]) => runIn(dir, work.env, args) }
}
