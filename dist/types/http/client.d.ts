/**
 * The one HTTP client with retries for every non-GitHub API (Sentry, Netlify, Render, the app
 * under test). GitHub has its own Octokit with retry and throttling plugins; everything else
 * goes through {@link createHttpClient} and {@link httpCall}, so retries, timeouts, error
 * messages and the redaction of credentials behave the same everywhere.
 */
import type { Logger } from '../ports/logger.js';
import { type AxiosInstance, type AxiosResponse } from 'axios';
declare module 'axios' {
    interface AxiosRequestConfig {
        /**
         * Marks a non-idempotent request (a POST) as safe to repeat, e.g. because the API treats a
         * repeat as "already exists". Idempotent methods are retried without it.
         */
        retryable?: boolean;
    }
}
/** Where the client reports retries: the warning part of the run's {@link Logger}. */
export type HttpLog = Pick<Logger, 'warning'>;
/**
 * What a capability passes to every HTTP client it builds (hosts, Sentry, embeddings): the run's
 * logger and its retry and timeout settings. The runtime's `http` is one.
 */
export type HttpSettings = Pick<HttpClientOptions, 'log' | 'retries' | 'retryBaseMs' | 'timeoutMs'>;
/** Options of {@link createHttpClient}. */
export interface HttpClientOptions {
    /** Name used in messages and errors, e.g. `Sentry`. */
    service: string;
    baseURL: string;
    /** Default headers; credential headers are scrubbed from errors and never logged. */
    headers?: Record<string, string>;
    /** Budget of each attempt; 10 s by default. */
    timeoutMs?: number;
    /** Retries after the first attempt; 3 by default. */
    retries?: number;
    /** First backoff step, doubled on each retry; 500 ms by default. */
    retryBaseMs?: number;
    /** Longest backoff step; 10 s by default. */
    retryCapMs?: number;
    /** Longest `Retry-After` honoured; a longer one fails at once (the caller decides); 30 s by default. */
    maxRetryAfterMs?: number;
    log?: HttpLog;
}
/** Defaults of {@link HttpClientOptions}. */
export declare const HTTP_DEFAULTS: {
    readonly timeoutMs: 10000;
    readonly retries: 3;
    readonly retryBaseMs: 500;
    readonly retryCapMs: 10000;
    readonly maxRetryAfterMs: 30000;
};
/**
 * An axios instance that retries idempotent requests, and requests marked `retryable: true`, on
 * transient network errors, 5xx and 429, with exponential backoff that honours `Retry-After`
 * (seconds or an HTTP date) up to `maxRetryAfterMs`.
 * @example
 * const http = createHttpClient({ service: 'Render', baseURL: 'https://api.render.com/v1',
 *   headers: { authorization: `Bearer ${token}` }, log: core })
 * const deploys = await httpCall('Render', 'list deploys', () => http.get<Deploy[]>(`/services/${id}/deploys`))
 */
export declare function createHttpClient(options: HttpClientOptions): AxiosInstance;
/**
 * Runs one request and returns its body; any failure becomes an {@link ApiError} carrying the
 * status and a message that says what to do, with credentials removed.
 * @param service e.g. `Sentry`
 * @param requestLabel what was asked, in the user's words: `create release 1.4.2`
 * @param send performs the request with a client from {@link createHttpClient}
 */
export declare function httpCall<T>(service: string, requestLabel: string, send: () => Promise<AxiosResponse<T>>): Promise<T>;
/** As {@link httpCall}, but returns the whole response (status, headers) for callers that need them. */
export declare function httpResponse<T>(service: string, requestLabel: string, send: () => Promise<AxiosResponse<T>>): Promise<AxiosResponse<T>>;
/**
 * The {@link ApiError} for a thrown value; our own typed errors pass through unchanged and a
 * programming error (a TypeError in `send`) is rethrown, because it is a bug, not an outage.
 */
export declare function toApiError(service: string, requestLabel: string, error: unknown): Error;
