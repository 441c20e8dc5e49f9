/**
 * The pipeline's own errors, reported with `@sentry/node` when a DSN is given: a bug or an outage
 * that stopped a deploy reaches the team's Sentry, flushed before the process exits (an action's
 * process ends right after the step, and unsent events would be lost). A user's mistake (a
 * config error, a missing secret, a merge conflict) is not a pipeline error and is not sent.
 */
import * as Sentry from '@sentry/node'
import { LaunchgateError } from '../errors.js'
import { TOOL } from '../tool.js'

/** How long the flush may hold the exit. */
const FLUSH_MS = 2000

export interface PipelineErrorOptions {
  /** Sentry DSN of the pipeline itself (not the app's); nothing is reported without one. */
  dsn?: string
  /** `action` or `cli`, and the deploy's environment, as tags. */
  surface: 'action' | 'cli'
  environment?: string
}

/** True for errors worth a report: anything that is not the user's to fix. */
export function isPipelineError(error: unknown): boolean {
  return !(error instanceof LaunchgateError && error.isUserError)
}

/**
 * Runs `body`; when it throws a pipeline error, captures it, flushes, and rethrows, so callers
 * report the failure as before. Without a DSN it only runs `body`.
 */
export async function reportPipelineErrors<T>(
  options: PipelineErrorOptions,
  body: () => Promise<T>,
): Promise<T> {
  const dsn = options.dsn?.trim()
  if (!dsn) return body()
  Sentry.init({
    dsn,
    release: `${TOOL.name}@${TOOL.version}`,
    environment: options.environment,
    // Errors only: no tracing, no auto-instrumentation of the process we run in, no runtime hooks.
    defaultIntegrations: false,
    tracesSampleRate: 0,
    enableOpenTelemetrySetup: false,
    enableRuntimeChannelInjection: false,
    initialScope: { tags: { surface: options.surface, capability: 'deploy' } },
  })
  try {
    return await body()
  } catch (error) {
    if (isPipelineError(error)) Sentry.captureException(error)
    throw error
  } finally {
    await Sentry.close(FLUSH_MS)
  }
}
