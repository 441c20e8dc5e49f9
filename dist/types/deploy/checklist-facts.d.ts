/**
 * Gathers what the checklist judges: checks and blocking pull requests from the forge, which
 * secret names are set, and the files changed since the last release from git. Only the facts of
 * active items are fetched; nothing is written anywhere.
 */
import type { DeployConfig } from '../config/sections/deploy.js';
import type { Forge } from '../ports/forge.js';
import type { ChecklistFacts, ChecklistSkip } from './checklist.js';
/** Where the facts come from. */
export interface FactSources {
    forge: Forge;
    /** A git repository holding the source branch's history (the runner's checkout, the bare remote). */
    repoDir?: string;
    gitEnv?: Record<string, string>;
    /** The environment secrets and variables are read from; only presence is recorded. */
    env: Record<string, string | undefined>;
}
/** Reads the facts for the items that will be judged. */
export declare function gatherChecklistFacts(sources: FactSources, config: DeployConfig, heads: {
    sourceSha: string;
    targetSha: string;
}, skips: readonly ChecklistSkip[]): Promise<ChecklistFacts>;
/**
 * The sha of the newest deployment to the environment whose latest status is `success`: the last
 * release. Undefined when there is none (the first deploy).
 */
export declare function lastReleasedSha(forge: Forge, environment: string): Promise<string | undefined>;
