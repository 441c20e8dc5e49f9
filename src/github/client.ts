/**
 * The one GitHub client: `@actions/github`'s Octokit with the retry and throttling plugins, a
 * base URL from `GITHUB_API_URL` (so GHES works), a user agent, and typed errors.
 */
import type { Logger } from '../ports/logger.js'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'
import type BottleneckFull from 'bottleneck'
// @ts-expect-error bottleneck types only its main entry; light.js is the same API, and the one the plugin uses
import BottleneckLight from 'bottleneck/light.js'
import { ApiError, MissingSecretError, networkHint } from '../errors.js'
import { boundedFetch, DEFAULT_TIMEOUT_MS } from './bounded-fetch.js'
import { DEFAULT_WRITE_POLICY, type WritePolicy } from './write-once.js'

export type GitHubClient = ReturnType<typeof getOctokit>

/** Where log lines of the client go: the run's {@link Logger}, or the part of it a caller has. */
export type ClientLogger = Pick<Logger, 'warning'> & Partial<Pick<Logger, 'debug'>>

export interface GitHubClientOptions {
  token: string | undefined
  /** REST base URL; defaults to `GITHUB_API_URL` from the runner, then api.github.com. */
  baseUrl?: string
  userAgent?: string
  /** Retries for 5xx and rate limits before failing; 3 by default. */
  retries?: number
  /**
   * Milliseconds per second of backoff: the retry plugin waits attempt² of them, the throttling
   * plugin `retry-after` of them. 1000 in production; tests pass 1 so a retried run stays fast.
   */
  retryAfterBaseMs?: number
  /**
   * Minimum spacing of writes in ms (GitHub asks for about 1 s between writes, 3 s between writes
   * that notify). Defaults to the throttling plugin's; tests against a local server pass 0.
   */
  writeSpacingMs?: number
  /**
   * Milliseconds a request may take, body included, before it counts as lost (a timeout); 30 s by
   * default (the runtime passes `LAUNCHGATE_GITHUB_TIMEOUT_MS`, which tests of slow answers shorten).
   */
  timeoutMs?: number
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
  const base = options.retryAfterBaseMs ?? 1000
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  // Retry a rate-limited request a bounded number of times, then let it fail and be reported.
  const onLimit =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _o: unknown, count: number) => {
      log?.warning(
        `GitHub ${kind} rate limit on ${request.method} ${request.url}; retry ${count + 1} in ${retryAfter}s`,
      )
      return count < retries
    }
  const octokit = getOctokit(
    options.token,
    {
      baseUrl: (options.baseUrl || DEFAULT_API_URL).replace(/\/+$/, ''),
      userAgent: options.userAgent ?? USER_AGENT,
      request: { fetch: boundedFetch(timeoutMs) },
      // 409 (merge conflict) is an answer, not an outage: never retry it.
      retry: { retries, retryAfterBaseValue: base, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451] },
      throttle: {
        onRateLimit: onLimit('primary'),
        onSecondaryRateLimit: onLimit('secondary'),
        fallbackSecondaryRateRetryAfter: 60,
        retryAfterBaseValue: base,
        ...writeGroups(options.writeSpacingMs),
      },
    },
    retry,
    throttling,
  )
  // The retry plugin would send a write again after a 5xx or a reset, when GitHub may have done it:
  // writes go through `writeOnce`, which looks up whether it happened first.
  octokit.hook.before('request', (request) => {
    if (SAFE_METHODS.has(request.method) || request.url === '/graphql') return
    request.request = { ...request.request, retries: 0 }
  })
  writePolicies.set(octokit, { ...DEFAULT_WRITE_POLICY, retries, baseMs: base, log })
  return octokit
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
const writePolicies = new WeakMap<GitHubClient, WritePolicy>()

/** How writes through this client retry (the client's retries and backoff). */
export function writePolicyOf(client: GitHubClient): WritePolicy {
  return writePolicies.get(client) ?? DEFAULT_WRITE_POLICY
}

const Bottleneck = BottleneckLight as typeof BottleneckFull

/** Bottleneck groups that space writes by `spacingMs` instead of the plugin's 1 s / 3 s. */
function writeGroups(spacingMs: number | undefined): Record<string, unknown> {
  if (spacingMs === undefined) return {}
  const group = (id: string) =>
    new Bottleneck.Group({ id: `launchgate-${id}`, maxConcurrent: 1, minTime: spacingMs })
  return { write: group('write'), notifications: group('notifications') }
}

/**
 * Wraps a failed Octokit call into an {@link ApiError} that names the request and the status,
 * so a 403 reads as "the token lacks a permission" rather than a stack trace.
 */
export function toGitHubError(error: unknown, request: string): ApiError {
  if (error instanceof ApiError) return error
  const e = error as {
    status?: number
    message?: string
    response?: { data?: { message?: string; errors?: unknown } }
  }
  const network = networkHint(error)
  // Octokit reports a request that got no answer (refused, DNS, TLS, timeout) as a 500.
  const status = network === undefined && typeof e?.status === 'number' ? e.status : undefined
  const detail =
    (e?.response?.data?.message ?? e?.message ?? String(error)) + validationDetail(e?.response?.data?.errors)
  return new ApiError('GitHub', request, status, hintFor(status, detail, network), { cause: error })
}

/**
 * GitHub's reasons behind a 422 "Validation Failed" (`errors[].message`, such as "No commits
 * between main and staging"), which say what to change; empty when it gave none.
 */
function validationDetail(errors: unknown): string {
  if (!Array.isArray(errors)) return ''
  const messages = errors
    .map((e: unknown) => (e as { message?: unknown } | null)?.message)
    .filter((m): m is string => typeof m === 'string' && m !== '')
  return messages.length > 0 ? ` (${messages.join('; ')})` : ''
}

const SAFE_AGAIN =
  'Running again is safe: a write whose answer was lost is looked up before it is sent again, never doubled.'

function hintFor(status: number | undefined, detail: string, network: string | undefined): string {
  if (network !== undefined) return `${detail}: ${network}. ${SAFE_AGAIN}`
  switch (status) {
    case 401:
      return `${detail}. The token is invalid or expired.`
    case 403:
      return `${detail}. The token lacks a permission this step needs: see the action's README for its permissions: block.`
    case 404:
      return `${detail}. The resource does not exist or the token cannot see it.`
    case 429:
      return `${detail}. GitHub's rate limit held after the retries; wait, then run again. ${SAFE_AGAIN}`
    case undefined:
      return `${detail}: no answer from GitHub; check the network and GITHUB_API_URL. ${SAFE_AGAIN}`
    default:
      return status >= 500
        ? `${detail}. GitHub failed after the retries (https://www.githubstatus.com). ${SAFE_AGAIN}`
        : detail
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
