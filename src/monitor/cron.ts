/**
 * The monitor's own health: each run is a Sentry cron check-in (`in_progress`, then `ok` or
 * `error`), so a schedule that stops firing, or runs that crash, page someone in Sentry instead
 * of leaving the release unwatched in silence. Only with a DSN; the SDK loads only then.
 */
import type { withMonitor } from '@sentry/node'

/** The SDK's monitor config (schedule, margins), as `withMonitor` takes it. */
type MonitorConfig = NonNullable<Parameters<typeof withMonitor>[2]>

/** Options of {@link withCronCheckIn}. */
export interface CronCheckInOptions {
  /** The DSN of launchgate's own Sentry project; no check-in without one. */
  dsn?: string
  /** The cron monitor's slug, e.g. `launchgate-monitor`. */
  slug: string
  /** The workflow's cron, so Sentry creates the monitor and knows when a run is missed. */
  schedule: string
  environment?: string
  /** How long a run may take, in minutes, before Sentry calls it failed. */
  maxRuntimeMinutes?: number
  /** Waits at most this long for the check-ins to be sent. */
  flushTimeoutMs?: number
}

/**
 * Runs `body` inside a cron check-in. A thrown error is reported as an `error` check-in (and as an
 * exception) and rethrown; a rollback decision is the monitor working, so it checks in `ok`.
 */
export async function withCronCheckIn<T>(options: CronCheckInOptions, body: () => Promise<T>): Promise<T> {
  if (!options.dsn) return body()
  const Sentry = await import('@sentry/node')
  // No default integrations: the SDK must not patch modules or catch the process's own errors.
  Sentry.initWithoutDefaultIntegrations({
    dsn: options.dsn,
    environment: options.environment,
    enableOpenTelemetrySetup: false,
    // Nor register module loader hooks: a check-in needs none of the SDK's instrumentation.
    enableRuntimeChannelInjection: false,
  })
  const monitorConfig: MonitorConfig = {
    schedule: { type: 'crontab', value: options.schedule },
    checkinMargin: 5,
    maxRuntime: options.maxRuntimeMinutes ?? 10,
    timezone: 'Etc/UTC',
  }
  try {
    return await Sentry.withMonitor(options.slug, body, monitorConfig)
  } catch (error) {
    Sentry.captureException(error)
    throw error
  } finally {
    await Sentry.close(options.flushTimeoutMs ?? 5_000)
  }
}
