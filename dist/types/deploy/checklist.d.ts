import type { ChecklistConfig } from '../config/sections/deploy.js';
import type { ChangedFile, CommitCheck } from '../ports/forge.js';
import type { NeededSecret } from './secrets.js';
import { type ChecklistItem, type ChecklistItemId } from './types.js';
/** What {@link evaluateChecklist} judges; a field is absent when its item was not looked at. */
export interface ChecklistFacts {
    source: {
        branch: string;
        sha: string;
    };
    /** Checks and statuses of the source branch's head commit. */
    checks?: CommitCheck[];
    /** Open pull requests into the source branch that carry the blocking label. */
    blockingPulls?: {
        number: number;
        title: string;
        url: string;
    }[];
    /** Every secret the run will read (config, targets, smoke tests, Sentry) and what for. */
    neededSecrets: readonly NeededSecret[];
    /** Names of secrets and variables that are set (non-empty); values never come here. */
    presentNames: ReadonlySet<string>;
    /** Files changed since the last release, or why they could not be listed. */
    changes?: {
        since: string;
        files: ChangedFile[];
    } | {
        error: string;
    };
}
/** An item skipped for one run, and by whom (the workflow input, the config). */
export interface ChecklistSkip {
    id: ChecklistItemId;
    by: string;
}
/**
 * Parses item ids from the workflow input (comma, space or newline separated). An unknown id is
 * a configuration error naming the valid ones, so a typo never silently skips nothing.
 */
export declare function parseSkips(text: string, by: string): ChecklistSkip[];
/** True when no item failed. */
export declare function checklistPassed(items: readonly ChecklistItem[]): boolean;
/** Which items need which facts, so the I/O shell only asks for what will be judged. */
export declare function itemsToCheck(config: ChecklistConfig, skips: readonly ChecklistSkip[]): Set<ChecklistItemId>;
/** One verdict per item, in the checklist's order. */
export declare function evaluateChecklist(config: ChecklistConfig, facts: ChecklistFacts, skips: readonly ChecklistSkip[]): ChecklistItem[];
