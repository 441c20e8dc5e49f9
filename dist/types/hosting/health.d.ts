import type { Host, HostObservation } from './types.js';
import type { HealthProbe } from '../probes/health.js';
export interface HealthHostOptions {
    name: string;
    healthUrl: string;
    url?: string;
    timeoutMs?: number;
}
/** True when the release the endpoint reports is `sha` (full, or an abbreviation of it). */
export declare function reportsSha(reported: string | undefined, sha: string): boolean;
/** What one probe says about `sha`: pure. */
export declare function healthObservation(probe: HealthProbe, sha: string): HostObservation;
/** A health endpoint as a {@link Host}. */
export declare function healthHost(options: HealthHostOptions): Host;
