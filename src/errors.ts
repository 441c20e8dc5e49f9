/**
 * Typed errors. A user's mistake (bad config, missing secret, merge conflict, a token without
 * permission) is a {@link UserError}: its message says what to change and the CLI exits 2.
 * Anything else is a bug in launchgate and is reported as one.
 */

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
    this.name = new.target.name
  }
}

/** Base of the errors the user fixes: configuration, input, credentials, repository state. */
export abstract class UserError extends LaunchgateError {
  readonly isUserError = true
}

/** The config file or an action input is wrong. Names the file, line, column and key when known. */
export class ConfigurationError extends UserError {
  readonly position?: SourcePosition
  readonly key?: string
  constructor(message: string, details: { position?: SourcePosition; key?: string; cause?: unknown } = {}) {
    super(ConfigurationError.format(message, details.position), { cause: details.cause })
    this.position = details.position
    this.key = details.key
  }

  private static format(message: string, position?: SourcePosition): string {
    if (!position) return message
    const where = [position.file, position.line, position.column].filter((p) => p !== undefined).join(':')
    return `${where}: ${message}`
  }
}

/** The command line was wrong (unknown command, bad flag value). */
export class UsageError extends UserError {}

/** A secret or environment variable the run needs is absent. Names it, never prints a value. */
export class MissingSecretError extends UserError {
  readonly secretName: string
  constructor(secretName: string, purpose: string) {
    super(`missing secret ${secretName}: ${purpose}. Add it to the repository's secrets or the environment.`)
    this.secretName = secretName
  }
}

/** A call to an external API failed after retries. A 401/403/404/422 is the user's to fix. */
export class ApiError extends LaunchgateError {
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
}

/** Exit codes shared by the CLI and the actions' logs. */
export const ExitCode = { ok: 0, gateFailed: 1, usage: 2, inconclusive: 3, internal: 70 } as const

/** Maps any thrown value to the exit code the CLI uses. */
export function exitCodeFor(error: unknown): number {
  if (error instanceof LaunchgateError && error.isUserError) return ExitCode.usage
  return ExitCode.internal
}

/** A one-line message for a thrown value; bugs say so, so users report them instead of hunting config. */
export function describeError(error: unknown): string {
  if (error instanceof LaunchgateError) return error.message
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error)
  return `internal error (a bug in launchgate, please report it): ${text}`
}
