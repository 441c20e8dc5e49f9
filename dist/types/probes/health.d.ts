import { type HealthStatus } from './health-format.js';
/** The result of one health probe. */
export interface HealthProbe {
    /** When the probe started, ISO 8601. */
    at: string;
    /** 2xx, overall status not `fail`, and no check failing. */
    ok: boolean;
    status?: number;
    latencyMs: number;
    releaseId?: string;
    version?: string;
    /** Worst status of each check, e.g. `{ 'database:connection': 'pass' }`. */
    checks: Record<string, HealthStatus>;
    /** Why the probe is not ok; absent when it is. */
    error?: string;
}
/** Options of {@link probeHealth}. */
export interface HealthProbeOptions {
    /** Budget for the whole exchange, body included. */
    timeoutMs: number;
    /** E.g. an API key the endpoint requires; never echoed in `error`. */
    headers?: Record<string, string>;
}
/**
 * Probes a health endpoint once.
 * @param url the endpoint, e.g. `https://api.example.com/api/health`
 * @returns the probe; never rejects
 */
export declare function probeHealth(url: string, options: HealthProbeOptions): Promise<HealthProbe>;
