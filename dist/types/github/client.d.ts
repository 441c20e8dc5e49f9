/**
 * The one GitHub client: `@actions/github`'s Octokit with the retry and throttling plugins, a
 * base URL from `GITHUB_API_URL` (so GHES works), a user agent, and typed errors.
 */
import type { Logger } from '../ports/logger.js';
import { getOctokit } from '@actions/github';
import { ApiError } from '../errors.js';
import { type WritePolicy } from './write-once.js';
export type GitHubClient = ReturnType<typeof getOctokit>;
/** Where log lines of the client go: the run's {@link Logger}, or the part of it a caller has. */
export type ClientLogger = Pick<Logger, 'warning'> & Partial<Pick<Logger, 'debug'>>;
export interface GitHubClientOptions {
    token: string | undefined;
    /** REST base URL; defaults to `GITHUB_API_URL` from the runner, then api.github.com. */
    baseUrl?: string;
    userAgent?: string;
    /** Retries for 5xx and rate limits before failing; 3 by default. */
    retries?: number;
    /**
     * Milliseconds per second of backoff: the retry plugin waits attempt² of them, the throttling
     * plugin `retry-after` of them. 1000 in production; tests pass 1 so a retried run stays fast.
     */
    retryAfterBaseMs?: number;
    /**
     * Minimum spacing of writes in ms (GitHub asks for about 1 s between writes, 3 s between writes
     * that notify). Defaults to the throttling plugin's; tests against a local server pass 0.
     */
    writeSpacingMs?: number;
    /**
     * Milliseconds a request may take, body included, before it counts as lost (a timeout); 30 s by
     * default (the runtime passes `LAUNCHGATE_GITHUB_TIMEOUT_MS`, which tests of slow answers shorten).
     */
    timeoutMs?: number;
    log?: ClientLogger;
}
export declare const DEFAULT_API_URL = "https://api.github.com";
/**
 * Builds the client. A missing token is a {@link MissingSecretError} naming `GITHUB_TOKEN`.
 * @example const gh = createGitHubClient({ token: core.getInput('github-token'), baseUrl: process.env.GITHUB_API_URL })
 */
export declare function createGitHubClient(options: GitHubClientOptions): GitHubClient;
/** How writes through this client retry (the client's retries and backoff). */
export declare function writePolicyOf(client: GitHubClient): WritePolicy;
/**
 * Wraps a failed Octokit call into an {@link ApiError} that names the request and the status,
 * so a 403 reads as "the token lacks a permission" rather than a stack trace.
 */
export declare function toGitHubError(error: unknown, request: string): ApiError;
/** Runs one GitHub call and converts its failure into an {@link ApiError}. */
export declare function callGitHub<T>(request: string, call: () => Promise<T>): Promise<T>;
