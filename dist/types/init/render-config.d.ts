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
