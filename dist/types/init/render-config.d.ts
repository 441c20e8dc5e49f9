import type { RepoFacts } from './detect.js';
/** Secrets the written config makes launchgate read, by the workflow that passes them. */
export interface NeededSecrets {
    deploy: string[];
    monitor: string[];
}
/** The secrets the config as written needs (active targets and Sentry only, not commented ones). */
export declare function neededSecrets(f: RepoFacts): NeededSecrets;
/** The config file's text: a header, then each capability's section in the registry's order. */
export declare function renderConfig(f: RepoFacts): string;
