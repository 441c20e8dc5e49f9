import { LaunchgateError } from '../errors.js';
/** Options of {@link runGit}. */
export interface RunGitOptions {
    /** Directory git runs in: a work tree or a bare repository. */
    cwd: string;
    /** Extra environment, merged over `process.env`. */
    env?: Record<string, string>;
    /** Written to git's stdin (commit messages, object lists). */
    input?: string;
    /** Exit codes that are answers rather than failures, e.g. `[1]` for `merge-base --is-ancestor`. */
    allowExitCodes?: number[];
}
/** What a finished git process printed and how it exited. */
export interface GitResult {
    stdout: string;
    stderr: string;
    code: number;
}
/**
 * Hides credentials that git may echo: `https://user:token@host` URLs, `x-access-token:<token>`
 * and `Authorization:` headers passed with `-c http.extraheader=...`.
 */
export declare function redactSecrets(text: string): string;
/** A git command failed. The message names the command, the exit code and git's own words. */
export declare class GitError extends LaunchgateError {
    readonly name: string;
    /** The command as run, redacted, e.g. `git merge-tree --write-tree main staging`. */
    readonly command: string;
    /** Exit code; -1 when git could not be started or was killed. */
    readonly exitCode: number;
    /** git's stderr, redacted. */
    readonly stderr: string;
    readonly isUserError: boolean;
    constructor(args: string[], exitCode: number, stderr: string, options?: {
        cause?: unknown;
        userError?: boolean;
    });
}
/**
 * Runs `git <args>` in `options.cwd` and resolves with its output. A non-zero exit not listed in
 * `allowExitCodes` rejects with a {@link GitError}. Git runs with `LC_ALL=C` (stable messages to
 * parse) and `GIT_TERMINAL_PROMPT=0` (a missing credential fails instead of waiting on a prompt).
 */
export declare function runGit(args: string[], options: RunGitOptions): Promise<GitResult>;
/** Rejects names git would read as an option, so a ref like `--output=x` can never become a flag. */
export declare function assertSafeRef(ref: string): void;
/** Resolves `ref` (branch, tag, sha, `HEAD~1`) to a commit sha; a {@link GitError} when unknown. */
export declare function revParse(cwd: string, ref: string, env?: Record<string, string>): Promise<string>;
/** Like {@link revParse} but `undefined` for a ref or object that does not exist. */
export declare function tryRevParse(cwd: string, ref: string, env?: Record<string, string>): Promise<string | undefined>;
/** True when `ref` names an existing commit (e.g. `refs/heads/main`). */
export declare function refExists(cwd: string, ref: string, env?: Record<string, string>): Promise<boolean>;
/** True when `ancestor` is reachable from `descendant` (a commit counts as its own ancestor). */
export declare function isAncestor(cwd: string, ancestor: string, descendant: string, env?: Record<string, string>): Promise<boolean>;
/** The best common ancestor of two commits, or `undefined` for unrelated histories. */
export declare function mergeBase(cwd: string, a: string, b: string, env?: Record<string, string>): Promise<string | undefined>;
/**
 * Moves `ref` to `newSha` only if it still points at `expectedOldSha` (compare-and-swap, done by
 * git under its ref lock), so a concurrent writer's update is never silently overwritten.
 * `expectedOldSha: null` means "the ref must not exist yet". Resolves `false` when another writer
 * got there first; rejects with a {@link GitError} for anything else.
 */
export declare function updateRef(cwd: string, ref: string, newSha: string, expectedOldSha: string | null, options?: {
    env?: Record<string, string>;
    reason?: string;
}): Promise<boolean>;
/** Who a commit is by; dates are ISO 8601 or git's `@<epoch> +0000`. */
export interface GitIdentity {
    name: string;
    email: string;
    date?: string;
}
/** The environment git reads the author and committer from. */
export declare function identityEnv(identity: GitIdentity): Record<string, string>;
/**
 * Writes a commit object for `tree` with `parents` (two for a merge) and returns its sha. No ref
 * moves; follow with {@link updateRef}. The message goes through stdin, never the command line.
 */
export declare function commitTree(cwd: string, input: {
    tree: string;
    parents: string[];
    message: string;
    author?: GitIdentity;
    env?: Record<string, string>;
}): Promise<string>;
/**
 * A file's text at a commit, or undefined when the path does not exist there. Works on bare and
 * shallow repositories as long as the commit is fetched.
 */
export declare function readFileAtRef(cwd: string, ref: string, file: string): Promise<string | undefined>;
