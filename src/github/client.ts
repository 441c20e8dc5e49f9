/**
 * The one GitHub client: `@actions/github`'s Octokit with the retry and throttling plugins, a
 * base URL from `GITHUB_API_URL` (so GHES works), a user agent, and typed errors.
 */
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import { ApiError, MissingSecretError } from '../errors.js'

export type GitHubClient = ReturnType<typeof getOctokit>

/** Where log lines of the client go; the actions pass `core`, the CLI passes stderr. */
export interface ClientLogger {
  warning(message: string): void
  debug?(message: string): void
}

export interface GitHubClientOptions {
  token: string | undefined
  /** REST base URL; defaults to `GITHUB_API_URL` from the runner, then api.github.com. */
  baseUrl?: string
  userAgent?: string
  /** Retries for 5xx and rate limits before failing; 3 by default. */
  retries?: number
  /** Base of the backoff in ms (retry plugin squares the attempt number); 1000 by default. */
  retryAfterBaseMs?: number
  log?: ClientLogger
}

export const DEFAULT_API_URL = 'https://api.github.com'
const USER_AGENT = 'launchgate/0.1 (+https://github.com/launchgate/launchgate)'

/**
 * Builds the client. A missing token is a {@link MissingSecretError} naming `GITHUB_TOKEN`.
 * @example const gh = createGitHubClient({ token: core.getInput('github-token'), baseUrl: process.env.GITHUB_API_URL })
 */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  if (!options.token) {
    throw new MissingSecretError('GITHUB_TOKEN', 'launchgate needs a token to call the GitHub API')
  }
  const retries = options.retries ?? 3
  const log = options.log
  // Retry a rate-limited request a bounded number of times, then let it fail and be reported.
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _o: unknown, count: number) => {
      log?.warning(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}; retry ${count + 1} in ${retryAfter}s`,
      )
      return count < retries
    }
  return getOctokit(
    options.token,
    {
      baseUrl: (options.baseUrl || DEFAULT_API_URL).replace(/\/+$/, ''),
      userAgent: options.userAgent ?? USER_AGENT,
      retry: { retries, retryAfterBaseValue: options.retryAfterBaseMs ?? 1000 },
      throttle: {
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        fallbackSecondaryRateRetryAfter: 60,
      },
    },
    retry,
    throttling,
  )
}

/**
 * Wraps a failed Octokit call into an {@link ApiError} that names the request and the status,
 * so a 403 reads as "the token lacks a permission" rather than a stack trace.
 */
export function toGitHubError(error: unknown, request: string): ApiError {
  if (error instanceof ApiError) return error
  const e = error as { status?: number; message?: string; response?: { data?: { message?: string } } }
  const status = typeof e?.status === 'number' ? e.status : undefined
  const detail = e?.response?.data?.message ?? e?.message ?? String(error)
  return new ApiError('GitHub', request, status, hintFor(status, detail), { cause: error })
}

function hintFor(status: number | undefined, detail: string): string {
  switch (status) {
    case 401:
      return `${detail}. The token is invalid or expired.`
    case 403:
      return `${detail}. The token lacks a permission this step needs: see the action's README for its permissions: block.`
    case 404:
      return `${detail}. The resource does not exist or the token cannot see it.`
    default:
      return detail
  }
}

/** Runs one GitHub call and converts its failure into an {@link ApiError}. */
export async function callGitHub<T>(request: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call()
  } catch (error) {
    throw toGitHubError(error, request)
  }
}
