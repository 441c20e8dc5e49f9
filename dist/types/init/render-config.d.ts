/**
 * The `.github/launchgate.yml` that init writes: every section filled from what was detected, and
 * what could not be (a host id nobody wrote down, Sentry's org) as a commented entry that names
 * exactly what is missing, so the file is valid as written and never claims more than it does.
 */
import type { RepoFacts } from './detect.js';
/** Secrets the written config makes launchgate read, by the workflow that passes them. */
export interface NeededSecrets {
    deploy: string[];
    monitor: string[];
}
/** The secrets the config as written needs (active targets and Sentry only, not commented ones). */
export declare function neededSecrets(f: RepoFacts): NeededSecrets;
/** The config file's text. */
export declare function renderConfig(f: RepoFacts): string;
