/**
 * Git credentials for pushing the rollback branch, handed to those git processes only, through
 * their environment (`GIT_CONFIG_*`, git >= 2.31): the workflow checks out with
 * `persist-credentials: false`, so no token sits in `.git/config` for every later step, and
 * none appears on a command line that `ps` could show.
 */
/** The environment for git and the value the caller must mask in logs. */
export interface GitAuth {
    env: Record<string, string>;
    /** The header's credential; mask it (`core.setSecret`) before anything can print it. */
    secret?: string;
}
/**
 * An `Authorization` header for the server's URLs, as `actions/checkout` would have persisted.
 * @param token a GitHub token (`GITHUB_TOKEN` or an App installation token); none gives no auth
 * @param serverUrl `GITHUB_SERVER_URL` (GHES), github.com by default
 */
export declare function gitAuth(token: string | undefined, serverUrl?: string): GitAuth;
