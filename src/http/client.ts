/**
 * The one HTTP client with retries for every non-GitHub API (Sentry, Netlify, Render, the app
 * under test). GitHub has its own Octokit with retry and throttling plugins; everything else
 * goes through {@link createHttpClient} and {@link httpCall}, so retries, timeouts, error
 * messages and the redaction of credentials behave the same everywhere.
 */
import type { Logger } from '../ports/logger.js'
import axios, {
  AxiosError,
  type AxiosInstance,
  type AxiosResponse,
  type InternalAxiosRequestConfig,
} from 'axios'
import axiosRetry from 'axios-retry'
import { ApiError, LaunchgateError } from '../errors.js'
import { describeFailure } from './failure.js'
import { redact, REDACTED, secretsFromHeaders } from './redact.js'
import { backoffDelayMs, parseRetryAfter, shouldRetry } from './retry-policy.js'

declare module 'axios' {
  interface AxiosRequestConfig {
    /**
     * Marks a non-idempotent request (a POST) as safe to repeat, e.g. because the API treats a
     * repeat as "already exists". Idempotent methods are retried without it.
     */
    retryable?: boolean
  }
}

/** Where the client reports retries: the warning part of the run's {@link Logger}. */
export type HttpLog = Pick<Logger, 'warning'>

/**
 * What a capability passes to every HTTP client it builds (hosts, Sentry, embeddings): the run's
 * logger and its retry and timeout settings. The runtime's `http` is one.
 */
export type HttpSettings = Pick<HttpClientOptions, 'log' | 'retries' | 'retryBaseMs' | 'timeoutMs'>

/** Options of {@link createHttpClient}. */
export interface HttpClientOptions {
  /** Name used in messages and errors, e.g. `Sentry`. */
  service: string
  baseURL: string
  /** Default headers; credential headers are scrubbed from errors and never logged. */
  headers?: Record<string, string>
  /** Budget of each attempt; 10 s by default. */
  timeoutMs?: number
  /** Retries after the first attempt; 3 by default. */
  retries?: number
  /** First backoff step, doubled on each retry; 500 ms by default. */
  retryBaseMs?: number
  /** Longest backoff step; 10 s by default. */
  retryCapMs?: number
  /** Longest `Retry-After` honoured; a longer one fails at once (the caller decides); 30 s by default. */
  maxRetryAfterMs?: number
  log?: HttpLog
}

/** Defaults of {@link HttpClientOptions}. */
export const HTTP_DEFAULTS = {
  timeoutMs: 10_000,
  retries: 3,
  retryBaseMs: 500,
  retryCapMs: 10_000,
  maxRetryAfterMs: 30_000,
} as const

/**
 * An axios instance that retries idempotent requests, and requests marked `retryable: true`, on
 * transient network errors, 5xx and 429, with exponential backoff that honours `Retry-After`
 * (seconds or an HTTP date) up to `maxRetryAfterMs`.
 * @example
 * const http = createHttpClient({ service: 'Render', baseURL: 'https://api.render.com/v1',
 *   headers: { authorization: `Bearer ${token}` }, log: core })
 * const deploys = await httpCall('Render', 'list deploys', () => http.get<Deploy[]>(`/services/${id}/deploys`))
 */
export function createHttpClient(options: HttpClientOptions): AxiosInstance {
  const settings = { ...HTTP_DEFAULTS, ...definedOnly(options) }
  const client = axios.create({
    baseURL: options.baseURL,
    headers: { accept: 'application/json', ...options.headers },
    timeout: settings.timeoutMs,
  })
  axiosRetry(client, {
    retries: settings.retries,
    // Each attempt gets the full budget; otherwise one slow attempt starves every retry.
    shouldResetTimeout: true,
    retryCondition: (error) => shouldRetry(attemptOf(error), { maxRetryAfterMs: settings.maxRetryAfterMs }),
    retryDelay: (retryCount, error) =>
      backoffDelayMs(retryCount, {
        baseMs: settings.retryBaseMs,
        capMs: settings.retryCapMs,
        retryAfterMs: attemptOf(error).retryAfterMs,
        random: Math.random(),
      }),
    onRetry: (retryCount, error) => {
      const why = error.response ? `answered ${error.response.status}` : `failed (${error.code ?? 'network'})`
      const secrets = secretsFromHeaders(headersOf(error.config))
      const target = redact(
        `${(error.config?.method ?? 'get').toUpperCase()} ${urlOf(error.config)}`,
        secrets,
      )
      options.log?.warning(`${options.service}: ${target} ${why}; retry ${retryCount} of ${settings.retries}`)
    },
  })
  // Registered after axios-retry, so it only sees the final failure: an AxiosError keeps the
  // request headers (and the raw socket request), which a stray `console.log(error)` would print.
  client.interceptors.response.use(undefined, (error: unknown) => {
    if (error instanceof AxiosError) scrubCredentials(error)
    return Promise.reject(error)
  })
  return client
}

/**
 * Runs one request and returns its body; any failure becomes an {@link ApiError} carrying the
 * status and a message that says what to do, with credentials removed.
 * @param service e.g. `Sentry`
 * @param requestLabel what was asked, in the user's words: `create release 1.4.2`
 * @param send performs the request with a client from {@link createHttpClient}
 */
export async function httpCall<T>(
  service: string,
  requestLabel: string,
  send: () => Promise<AxiosResponse<T>>,
): Promise<T> {
  return (await httpResponse(service, requestLabel, send)).data
}

/** As {@link httpCall}, but returns the whole response (status, headers) for callers that need them. */
export async function httpResponse<T>(
  service: string,
  requestLabel: string,
  send: () => Promise<AxiosResponse<T>>,
): Promise<AxiosResponse<T>> {
  try {
    return await send()
  } catch (error) {
    throw toApiError(service, requestLabel, error)
  }
}

/**
 * The {@link ApiError} for a thrown value; our own typed errors pass through unchanged and a
 * programming error (a TypeError in `send`) is rethrown, because it is a bug, not an outage.
 */
export function toApiError(service: string, requestLabel: string, error: unknown): Error {
  if (error instanceof LaunchgateError) return error
  if (!(error instanceof AxiosError)) return error instanceof Error ? error : new Error(String(error))
  const sent = (error as AxiosError & { [SENT_SECRETS]?: string[] })[SENT_SECRETS] ?? []
  const secrets = [...secretsFromHeaders(headersOf(error.config)), ...sent]
  const status = error.response?.status
  const message = describeFailure({
    status,
    code: error.code,
    body: error.response?.data,
    timeoutMs: error.config?.timeout,
    retryAfterMs: parseRetryAfter(error.response?.headers?.['retry-after'], Date.now()),
    fallback: error.message,
  })
  // The cause is deliberately not the AxiosError: it holds the request headers.
  return new ApiError(service, redact(requestLabel, secrets), status, redact(message, secrets))
}

function attemptOf(error: AxiosError) {
  return {
    method: error.config?.method ?? 'get',
    retryable: error.config?.retryable,
    status: error.response?.status,
    code: error.code,
    retryAfterMs: parseRetryAfter(error.response?.headers?.['retry-after'], Date.now()),
  }
}

function headersOf(config: InternalAxiosRequestConfig | undefined): Record<string, unknown> {
  const headers = config?.headers as { toJSON?: () => Record<string, unknown> } | undefined
  return headers?.toJSON ? headers.toJSON() : ((headers as Record<string, unknown> | undefined) ?? {})
}

function urlOf(config: InternalAxiosRequestConfig | undefined): string {
  if (!config) return ''
  return axios.getUri(config)
}

/** The credentials a scrubbed error was sent with, kept (not enumerable) to redact its message later. */
const SENT_SECRETS = Symbol('launchgate.sentSecrets')

function scrubCredentials(error: AxiosError): void {
  // Read before the headers are blanked: a server may echo the key in its error body, and
  // toApiError redacts that body with these.
  const earlier = (error as AxiosError & { [SENT_SECRETS]?: string[] })[SENT_SECRETS] ?? []
  Object.defineProperty(error, SENT_SECRETS, {
    value: [...earlier, ...secretsFromHeaders(headersOf(error.config))],
    enumerable: false,
    configurable: true,
  })
  const headers = error.config?.headers
  if (headers) {
    for (const name of Object.keys(headersOf(error.config))) {
      if (secretsFromHeaders({ [name]: 'x'.repeat(8) }).length > 0) headers.set(name, REDACTED)
    }
  }
  error.request = undefined
  if (error.response) error.response.request = undefined
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}
