/**
 * Typed errors, in three kinds. A user's mistake (bad config, missing input or file, a token
 * without permission) is a {@link UserError}: its message says what to change and the CLI exits 2.
 * The world failing (network, DNS, TLS, a timeout, a 5xx after the retries) is an outage: the
 * message says what to check and that running again is safe; exit 69. Anything else is a bug in
 * launchgate and is reported as one (exit 70). {@link classifyError} types what libraries throw.
 */
import { formatPosition } from './util/positions.js'

/** Position of a problem inside a file, 1-based as editors show it. */
export interface SourcePosition {
  file: string
  line?: number
  column?: number
}

/** Base of every error launchgate raises on purpose. */
export abstract class LaunchgateError extends Error {
  /** True when the user can fix it (config, input, permissions); false for a bug or an outage. */
  abstract readonly isUserError: boolean
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    // A fallback only: every concrete error names itself with a literal (`name: string = '...'`),
    // because bundlers rename classes (esbuild writes `_ConfigurationError`) and the name is the
    // `kind` that JSON output and scripts match on. test/errors-kind.test.ts holds every class to it.
    this.name = new.target.name
  }
}

/** Base of the errors the user fixes: configuration, input, credentials, repository state. */
export abstract class UserError extends LaunchgateError {
  readonly isUserError = true
}

/** The config file or an action input is wrong. Names the file, line, column and key when known. */
export class ConfigurationError extends UserError {
  override readonly name: string = 'ConfigurationError'
  readonly position?: SourcePosition
  readonly key?: string
  constructor(message: string, details: { position?: SourcePosition; key?: string; cause?: unknown } = {}) {
    super(ConfigurationError.format(message, details.position), { cause: details.cause })
    this.position = details.position
    this.key = details.key
  }

  private static format(message: string, position?: SourcePosition): string {
    if (!position) return message
    const where = formatPosition(position)
    return `${where}: ${message}`
  }
}

/** The command line was wrong (unknown command, bad flag value). */
export class UsageError extends UserError {
  override readonly name: string = 'UsageError'
}

/** A secret or environment variable the run needs is absent. Names it, never prints a value. */
export class MissingSecretError extends UserError {
  override readonly name: string = 'MissingSecretError'
  readonly secretName: string
  constructor(secretName: string, purpose: string) {
    super(`missing secret ${secretName}: ${purpose}. Add it to the repository's secrets or the environment.`)
    this.secretName = secretName
  }
}

/** A call to an external API failed after retries. A 401/403/404/422 is the user's to fix. */
export class ApiError extends LaunchgateError {
  override readonly name: string = 'ApiError'
  readonly status: number | undefined
  readonly service: string
  readonly request: string
  constructor(
    service: string,
    request: string,
    status: number | undefined,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${service} ${request} failed${status ? ` (HTTP ${status})` : ''}: ${message}`, options)
    this.service = service
    this.request = request
    this.status = status
  }

  get isUserError(): boolean {
    return this.status === 401 || this.status === 403 || this.status === 404 || this.status === 422
  }

  /** No answer, a 5xx or a rate limit left after the retries: the service, not launchgate or the user. */
  get isOutage(): boolean {
    return this.status === undefined || this.status >= 500 || this.status === 429
  }
}

/** The network failed (refused, DNS, TLS, reset, timeout) before a service could answer. */
export class NetworkError extends LaunchgateError {
  override readonly name: string = 'NetworkError'
  readonly isUserError = false
  readonly isOutage = true
}

/** A file the run was told to read is missing or unreadable. Names it and what to check. */
export class InputFileError extends UserError {
  override readonly name: string = 'InputFileError'
  readonly file: string
  constructor(file: string, problem: string, options?: { cause?: unknown }) {
    super(`${file}: ${problem}`, options)
    this.file = file
  }
}

/** Exit codes shared by the CLI and the actions' logs. */
export const ExitCode = {
  ok: 0,
  gateFailed: 1,
  usage: 2,
  inconclusive: 3,
  unavailable: 69,
  internal: 70,
} as const

/**
 * True for an error of the world: a service or the network failed, or a launchgate error that is
 * neither the user's nor a bug wraps such a failure (the deploy's "merged, then the API kept
 * failing" says what happened and carries the outage as its cause).
 */
export function isOutage(error: unknown, depth = 0): boolean {
  const e = classifyError(error)
  if ((e instanceof ApiError || e instanceof NetworkError) && e.isOutage) return true
  if (depth < 4 && e instanceof LaunchgateError && !e.isUserError && e.cause !== undefined)
    return isOutage(e.cause, depth + 1)
  return false
}

/** Maps any thrown value to the exit code the CLI uses. */
export function exitCodeFor(error: unknown): number {
  const e = classifyError(error)
  if (e instanceof LaunchgateError && e.isUserError) return ExitCode.usage
  if (isOutage(e)) return ExitCode.unavailable
  return ExitCode.internal
}

/** A one-line message for a thrown value; bugs say so, so users report them instead of hunting config. */
export function describeError(error: unknown): string {
  const e = classifyError(error)
  if (e instanceof LaunchgateError) return e.message
  const text = e instanceof Error ? (e.stack ?? e.message) : String(e)
  return `internal error (a bug in launchgate, please report it): ${text}`
}

const FILE_CODES: Record<string, string> = {
  ENOENT: 'no such file or directory; check the path (relative to the repository root)',
  EACCES: 'permission denied; check the file mode and the user the job runs as',
  EPERM: 'operation not permitted; check the file mode and the user the job runs as',
  EISDIR: 'is a directory; name a file',
  ENOTDIR: 'a part of the path is not a directory; check the path',
  ELOOP: 'too many symbolic links; check the path',
}

/** The meaning and the fix of a file system error code, or undefined for a code without one. */
export function fileErrorText(code: string | undefined): string | undefined {
  return code === undefined ? undefined : FILE_CODES[code]
}

const NETWORK_HINTS: Array<[RegExp, string]> = [
  [
    /^ECONNREFUSED$/,
    'nothing accepts connections there: check the URL (GITHUB_API_URL, a GHES host) and that the service is up',
  ],
  [/^(ENOTFOUND|EAI_AGAIN)$/, "the host name does not resolve: check the URL and the runner's DNS"],
  [
    /^(ECONNRESET|EPIPE|UND_ERR_SOCKET)$/,
    'the connection was reset: a proxy or the service dropped it; running again is safe',
  ],
  [
    /^(ETIMEDOUT|UND_ERR_CONNECT_TIMEOUT|UND_ERR_HEADERS_TIMEOUT|UND_ERR_BODY_TIMEOUT|TimeoutError|AbortError)$/,
    "no answer in time: check the network and the service's status; running again is safe",
  ],
  [
    /^(EHOSTUNREACH|ENETUNREACH|ENETDOWN)$/,
    "the network cannot reach the host: check the runner's network and proxy settings",
  ],
  [
    /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_(GET|VERIFY)/,
    'the TLS certificate is not trusted: for a private CA set NODE_EXTRA_CA_CERTS',
  ],
]

/** The errno-style code of an error or of its causes (fetch hides it under `cause`). */
function codeOf(error: unknown, depth = 0): string | undefined {
  if (error === null || typeof error !== 'object' || depth > 4) return undefined
  const e = error as { code?: unknown; name?: unknown; cause?: unknown }
  if (typeof e.code === 'string') return e.code
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return e.name
  return codeOf(e.cause, depth + 1)
}

/** What to check for a network failure (by its code, or its cause's), or undefined for another error. */
export function networkHint(error: unknown): string | undefined {
  const code = codeOf(error)
  return code ? NETWORK_HINTS.find(([pattern]) => pattern.test(code))?.[1] : undefined
}

/**
 * Types an error thrown by a library: a missing or unreadable file is the user's to fix, a network
 * failure is the world's; a LaunchgateError, or anything else (a bug), is returned as it is.
 */
export function classifyError(error: unknown): unknown {
  if (error instanceof LaunchgateError || !(error instanceof Error)) return error
  const code = codeOf(error)
  const file = (error as { path?: unknown }).path
  if (code && FILE_CODES[code] && typeof file === 'string')
    return new InputFileError(file, FILE_CODES[code], { cause: error })
  const hint = networkHint(error)
  if (hint)
    return new NetworkError(`network error (${code ?? ''}): ${error.message}; ${hint}`, { cause: error })
  // An HTTP error of a client (Octokit's HttpError) that no adapter wrapped: still the service's answer.
  const http = error as { status?: unknown; request?: { method?: string; url?: string } }
  if (error.name === 'HttpError' && typeof http.status === 'number' && http.request) {
    const request = `${http.request.method ?? ''} ${http.request.url ?? ''}`.trim()
    return new ApiError('HTTP', request, http.status, error.message, { cause: error })
  }
  return error
}
