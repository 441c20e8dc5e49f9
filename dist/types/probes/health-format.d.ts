/**
 * The health check response format for HTTP APIs (`application/health+json`,
 * draft-inadarei-api-health-check): `status` pass/warn/fail, `releaseId`, `version`, and a
 * `checks` map of `"component:measurement"` to a list of observations with their own status.
 * Pure parsing, tolerant of the common variants seen in the wild (`ok`/`up`/`healthy`).
 */
/** A status in the format's three values. */
export type HealthStatus = 'pass' | 'warn' | 'fail';
/** What a health body says, reduced to what the deploy and the monitor judge. */
export interface HealthBody {
    status?: HealthStatus;
    releaseId?: string;
    version?: string;
    /** Worst status of each check's observations. */
    checks: Record<string, HealthStatus>;
}
/** The format's status for a raw value, or undefined when it is not one. */
export declare function toHealthStatus(value: unknown): HealthStatus | undefined;
/** The worse of two statuses. */
export declare function worst(a: HealthStatus, b: HealthStatus): HealthStatus;
/**
 * Reads a parsed health body. Anything that is not an object yields no status and no checks
 * (a plain `OK` text body is judged by its HTTP status alone).
 */
export declare function parseHealthBody(body: unknown): HealthBody;
