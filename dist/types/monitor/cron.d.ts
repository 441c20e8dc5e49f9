/** Options of {@link withCronCheckIn}. */
export interface CronCheckInOptions {
    /** The DSN of launchgate's own Sentry project; no check-in without one. */
    dsn?: string;
    /** The cron monitor's slug, e.g. `launchgate-monitor`. */
    slug: string;
    /** The workflow's cron, so Sentry creates the monitor and knows when a run is missed. */
    schedule: string;
    environment?: string;
    /** How long a run may take, in minutes, before Sentry calls it failed. */
    maxRuntimeMinutes?: number;
    /** Waits at most this long for the check-ins to be sent. */
    flushTimeoutMs?: number;
}
/**
 * Runs `body` inside a cron check-in. A thrown error is reported as an `error` check-in (and as an
 * exception) and rethrown; a rollback decision is the monitor working, so it checks in `ok`.
 */
export declare function withCronCheckIn<T>(options: CronCheckInOptions, body: () => Promise<T>): Promise<T>;
