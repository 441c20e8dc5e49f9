/**
 * Every secret a deploy will need, named with what it is for, so the checklist can fail on a
 * missing one before anything changes instead of half-way through (after the merge).
 */
import type { DeployConfig } from '../config/sections/deploy.js';
export interface NeededSecret {
    name: string;
    purpose: string;
}
/** The config's own list first, then the ones the targets, smoke tests and Sentry read. */
export declare function neededSecrets(config: DeployConfig): NeededSecret[];
