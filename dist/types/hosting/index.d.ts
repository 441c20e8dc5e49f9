/**
 * Builds the hosts of the configured targets. Tokens come from the environment by the secret
 * names the config gives; a missing one is a {@link MissingSecretError} naming it.
 */
import type { DeployTarget } from '../config/sections/deploy.js';
import type { HttpSettings } from '../http/client.js';
import type { Host } from './types.js';
export type { Host, HostObservation, HostPhase } from './types.js';
export { netlifyHost, netlifyObservation, type NetlifyDeploy } from './netlify.js';
export { renderHost, renderObservation, type RenderDeploy, type RenderDeployItem } from './render.js';
export { healthHost, healthObservation, reportsSha } from './health.js';
/** The run's HTTP settings (per-request timeout and retries of the hosts' APIs), and the tokens. */
export interface HostOptions extends HttpSettings {
    /** Where tokens are read from, by the names in the config. */
    env: Record<string, string | undefined>;
}
/** One host per target, in the config's order. */
export declare function createHosts(targets: readonly DeployTarget[], options: HostOptions): Host[];
