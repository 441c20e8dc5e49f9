/**
 * Builds the hosts of the configured targets. Tokens come from the environment by the secret
 * names the config gives; a missing one is a {@link MissingSecretError} naming it.
 */
import type { DeployTarget } from '../config/sections/deploy.js';
import type { HttpLog } from '../http/client.js';
import type { Host } from './types.js';
export type { Host, HostObservation, HostPhase } from './types.js';
export { netlifyHost, netlifyObservation, type NetlifyDeploy } from './netlify.js';
export { renderHost, renderObservation, type RenderDeploy, type RenderDeployItem } from './render.js';
export { healthHost, healthObservation, reportsSha } from './health.js';
export interface HostOptions {
    /** Where tokens are read from, by the names in the config. */
    env: Record<string, string | undefined>;
    log?: HttpLog;
    /** Per-request timeout and retries of the hosts' APIs (tests shorten the backoff). */
    timeoutMs?: number;
    retries?: number;
    retryBaseMs?: number;
}
/** One host per target, in the config's order. */
export declare function createHosts(targets: readonly DeployTarget[], options: HostOptions): Host[];
