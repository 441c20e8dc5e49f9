/**
 * The rehearsal's repository: a copy of the bundled example as a real git repository with `main`
 * and `staging`, a bare remote (`origin`) that the local forge speaks for, and the week-4 change
 * on a branch of its own, as a team would have it on the morning of the launch.
 */
import { cp, mkdir, mkdtemp, readFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { identityEnv, runGit } from '../git/git.js'
import { LocalForge } from '../ports/local-forge.js'

export interface RehearsalWorkspace {
  /** Temporary folder holding everything below. */
  dir: string
  /** Work tree, checked out at the change's branch. */
  work: string
  /** Bare remote the forge and the deploy speak to. */
  remote: string
  forge: LocalForge
  /** Environment of every git call: the team's identity, no user or system config. */
  gitEnv: Record<string, string>
  /** Branch of the week-4 change and its pull request number. */
  branch: string
  pullNumber: number
}

const IDENTITY = { name: 'Wheels & Wins team', email: 'team@wheels.example' }
/** Folders of a working copy that are not the example's sources. */
const SKIP = new Set(['node_modules', '.launchgate', '.cache'])

/** Copies the example, makes the repository and remote, and opens the change's pull request. */
export async function prepareWorkspace(example: string, patch: string): Promise<RehearsalWorkspace> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'launchgate-rehearsal-'))
  const work = path.join(dir, 'app')
  const remote = path.join(dir, 'origin.git')
  await cp(example, work, { recursive: true, filter: (src) => !SKIP.has(path.basename(src)) })
  const env = { ...identityEnv(IDENTITY), GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' }
  const git = (...args: string[]) => runGit(args, { cwd: work, env })
  await git('init', '-q', '-b', 'main')
  await git('add', '-A')
  await git('commit', '-q', '-m', 'Wheels & Wins before week 4')
  await git('branch', 'staging')
  await runGit(['init', '-q', '--bare', remote], { cwd: dir, env })
  await git('remote', 'add', 'origin', remote)
  await git('push', '-q', 'origin', 'main', 'staging')

  const branch = 'week4/consolidation'
  await git('checkout', '-q', '-b', branch, 'staging')
  await runGit(['apply', '--index', '-'], { cwd: work, env, input: await readFile(patch, 'utf8') })
  await git('commit', '-q', '-m', 'Consolidate PAM WebSocket hooks and components (phases 2 and 3)')
  await git('push', '-q', 'origin', branch)

  await mkdir(path.join(dir, 'forge'))
  const forge = await LocalForge.open({
    gitDir: remote,
    stateDir: path.join(dir, 'forge'),
    repo: { owner: 'wheels-and-wins', repo: 'app' },
    env,
  })
  const pull = await forge.createPullRequest({
    title: 'Week 4: consolidate PAM WebSocket and components',
    body: 'Phases 2 and 3 of the launch plan: 4 WebSocket implementations become 1, Pam + PamAssistant become 1.',
    head: branch,
    base: 'staging',
  })
  return { dir, work, remote, forge, gitEnv: env, branch, pullNumber: pull.number }
}
