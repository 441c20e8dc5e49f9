/**
 * A small, typed git runner. Every call goes through `execFile` (no shell), so branch names, paths
 * and messages are passed as arguments and never interpolated into a command line. Errors are
 * {@link GitError}s whose messages are redacted: a token in a remote URL must never reach a log.
 *
 * The ref helpers below work in bare repositories too; nothing here needs a work tree.
 */
import { execFile } from 'node:child_process'
import { LaunchgateError } from '../errors.js'

/** Options of {@link runGit}. */
export interface RunGitOptions {
  /** Directory git runs in: a work tree or a bare repository. */
  cwd: string
  /** Extra environment, merged over `process.env`. */
  env?: Record<string, string>
  /** Written to git's stdin (commit messages, object lists). */
  input?: string
  /** Exit codes that are answers rather than failures, e.g. `[1]` for `merge-base --is-ancestor`. */
  allowExitCodes?: number[]
}

/** What a finished git process printed and how it exited. */
export interface GitResult {
  stdout: string
  stderr: string
  code: number
}

// Outputs such as a large diff can be big; past this git is killed and the call fails loudly.
const MAX_BUFFER = 256 * 1024 * 1024

/**
 * Hides credentials that git may echo: `https://user:token@host` URLs, `x-access-token:<token>`
 * and `Authorization:` headers passed with `-c http.extraheader=...`.
 */
export function redactSecrets(text: string): string {
  return text
    .replace(/([a-z][a-z0-9+.-]*:\/\/)[^/\s@]+@/gi, '$1***@')
    .replace(/x-access-token:[^@\s]+/gi, 'x-access-token:***')
    .replace(/(authorization:\s*(?:basic|bearer|token)?\s*)\S+/gi, '$1***')
}

/** A git command failed. The message names the command, the exit code and git's own words. */
export class GitError extends LaunchgateError {
  override readonly name: string = 'GitError'
  /** The command as run, redacted, e.g. `git merge-tree --write-tree main staging`. */
  readonly command: string
  /** Exit code; -1 when git could not be started or was killed. */
  readonly exitCode: number
  /** git's stderr, redacted. */
  readonly stderr: string
  readonly isUserError: boolean

  constructor(
    args: string[],
    exitCode: number,
    stderr: string,
    options: { cause?: unknown; userError?: boolean } = {},
  ) {
    const command = redactSecrets(['git', ...args].join(' '))
    const detail = redactSecrets(stderr.trim())
    super(`${command} failed (exit ${exitCode})${detail ? `: ${detail}` : ''}`, { cause: options.cause })
    this.command = command
    this.exitCode = exitCode
    this.stderr = detail
    this.isUserError = options.userError ?? false
  }
}

/**
 * Runs `git <args>` in `options.cwd` and resolves with its output. A non-zero exit not listed in
 * `allowExitCodes` rejects with a {@link GitError}. Git runs with `LC_ALL=C` (stable messages to
 * parse) and `GIT_TERMINAL_PROMPT=0` (a missing credential fails instead of waiting on a prompt).
 */
export function runGit(args: string[], options: RunGitOptions): Promise<GitResult> {
  const env = { ...process.env, LC_ALL: 'C', GIT_TERMINAL_PROMPT: '0', ...options.env }
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      args,
      { cwd: options.cwd, env, maxBuffer: MAX_BUFFER, encoding: 'utf8', windowsHide: true },
      (error, stdout, stderr) => {
        if (!error) return resolve({ stdout, stderr, code: 0 })
        const code = typeof error.code === 'number' ? error.code : -1
        if (code >= 0 && options.allowExitCodes?.includes(code)) return resolve({ stdout, stderr, code })
        if (error.code === 'ENOENT') {
          return reject(
            new GitError(args, -1, 'git is not installed or not on PATH', { cause: error, userError: true }),
          )
        }
        reject(new GitError(args, code, stderr || error.message, { cause: error }))
      },
    )
    // Without input, close stdin so a git that unexpectedly reads it sees EOF instead of hanging.
    child.stdin?.on('error', () => undefined)
    child.stdin?.end(options.input ?? '')
  })
}

/** Rejects names git would read as an option, so a ref like `--output=x` can never become a flag. */
export function assertSafeRef(ref: string): void {
  if (ref === '' || ref.startsWith('-') || ref.includes('\0')) {
    throw new GitError(
      ['rev-parse', JSON.stringify(ref)],
      -1,
      'refusing an empty ref or one starting with "-"',
      {
        userError: true,
      },
    )
  }
}

/** Resolves `ref` (branch, tag, sha, `HEAD~1`) to a commit sha; a {@link GitError} when unknown. */
export async function revParse(cwd: string, ref: string, env?: Record<string, string>): Promise<string> {
  assertSafeRef(ref)
  const { stdout } = await runGit(['rev-parse', '--verify', `${ref}^{commit}`], { cwd, env })
  return stdout.trim()
}

/** Like {@link revParse} but `undefined` for a ref or object that does not exist. */
export async function tryRevParse(
  cwd: string,
  ref: string,
  env?: Record<string, string>,
): Promise<string | undefined> {
  assertSafeRef(ref)
  const result = await runGit(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], {
    cwd,
    env,
    allowExitCodes: [1],
  })
  return result.code === 0 ? result.stdout.trim() : undefined
}

/** True when `ref` names an existing commit (e.g. `refs/heads/main`). */
export async function refExists(cwd: string, ref: string, env?: Record<string, string>): Promise<boolean> {
  return (await tryRevParse(cwd, ref, env)) !== undefined
}

/** True when `ancestor` is reachable from `descendant` (a commit counts as its own ancestor). */
export async function isAncestor(
  cwd: string,
  ancestor: string,
  descendant: string,
  env?: Record<string, string>,
): Promise<boolean> {
  assertSafeRef(ancestor)
  assertSafeRef(descendant)
  const result = await runGit(['merge-base', '--is-ancestor', ancestor, descendant], {
    cwd,
    env,
    allowExitCodes: [1],
  })
  return result.code === 0
}

/** The best common ancestor of two commits, or `undefined` for unrelated histories. */
export async function mergeBase(
  cwd: string,
  a: string,
  b: string,
  env?: Record<string, string>,
): Promise<string | undefined> {
  assertSafeRef(a)
  assertSafeRef(b)
  const result = await runGit(['merge-base', a, b], { cwd, env, allowExitCodes: [1] })
  return result.code === 0 ? result.stdout.trim() : undefined
}

/**
 * Moves `ref` to `newSha` only if it still points at `expectedOldSha` (compare-and-swap, done by
 * git under its ref lock), so a concurrent writer's update is never silently overwritten.
 * `expectedOldSha: null` means "the ref must not exist yet". Resolves `false` when another writer
 * got there first; rejects with a {@link GitError} for anything else.
 */
export async function updateRef(
  cwd: string,
  ref: string,
  newSha: string,
  expectedOldSha: string | null,
  options: { env?: Record<string, string>; reason?: string } = {},
): Promise<boolean> {
  assertSafeRef(ref)
  const args = ['update-ref', '-m', options.reason ?? 'launchgate', ref, newSha, expectedOldSha ?? '']
  try {
    await runGit(args, { cwd, env: options.env })
    return true
  } catch (error) {
    // Decide by the ref's current value rather than by git's wording: if it moved, we lost a race.
    const current = await tryRevParse(cwd, ref, options.env)
    if (current !== (expectedOldSha ?? undefined)) return false
    throw error
  }
}

/** Who a commit is by; dates are ISO 8601 or git's `@<epoch> +0000`. */
export interface GitIdentity {
  name: string
  email: string
  date?: string
}

/** The environment git reads the author and committer from. */
export function identityEnv(identity: GitIdentity): Record<string, string> {
  const env: Record<string, string> = {
    GIT_AUTHOR_NAME: identity.name,
    GIT_AUTHOR_EMAIL: identity.email,
    GIT_COMMITTER_NAME: identity.name,
    GIT_COMMITTER_EMAIL: identity.email,
  }
  if (identity.date) Object.assign(env, { GIT_AUTHOR_DATE: identity.date, GIT_COMMITTER_DATE: identity.date })
  return env
}

/**
 * Writes a commit object for `tree` with `parents` (two for a merge) and returns its sha. No ref
 * moves; follow with {@link updateRef}. The message goes through stdin, never the command line.
 */
export async function commitTree(
  cwd: string,
  input: {
    tree: string
    parents: string[]
    message: string
    author?: GitIdentity
    env?: Record<string, string>
  },
): Promise<string> {
  const args = ['commit-tree', input.tree, ...input.parents.flatMap((p) => ['-p', p]), '-F', '-']
  for (const sha of [input.tree, ...input.parents]) assertSafeRef(sha)
  const env = { ...input.env, ...(input.author ? identityEnv(input.author) : {}) }
  const { stdout } = await runGit(args, { cwd, env, input: input.message })
  return stdout.trim()
}

/**
 * A file's text at a commit, or undefined when the path does not exist there. Works on bare and
 * shallow repositories as long as the commit is fetched.
 */
export async function readFileAtRef(cwd: string, ref: string, file: string): Promise<string | undefined> {
  assertSafeRef(ref)
  const spec = `${ref}:${file.replace(/^\.\//, '')}`
  const exists = await runGit(['cat-file', '-e', spec], { cwd, allowExitCodes: [128] })
  if (exists.code !== 0) return undefined
  return (await runGit(['cat-file', 'blob', spec], { cwd })).stdout
}
