/**
 * The deploy use case, phase 6 of the launch plan, end to end: checklist, promote, then the
 * release (deployment record, wait until live, Sentry, smoke tests, rollback on failure; see
 * release.ts). The action and the CLI call {@link runDeploy} with their own ports; everything up to
 * the merge changes nothing, so a failure there leaves the repository as it was.
 */
import type { DeployConfig } from '../config/sections/deploy.js';
import type { SentryConnect } from '../sentry/client.js';
import type { HttpSettings } from '../http/client.js';
import type { Forge } from '../ports/forge.js';
import type { RollbackRequest, RollbackResult } from '../rollback/index.js';
import { type ChecklistSkip } from './checklist.js';
import type { Clock } from './clock.js';
import type { PullRequestMerger } from './pull-merge.js';
import type { BranchTips } from './branch-tip.js';
import { type DeployOutcome } from './types.js';
/** The ports and settings a deploy runs with. */
export interface DeployDeps {
    forge: Forge;
    pullRequests: PullRequestMerger;
    /** Reads the target's tip commit, to find a merge an interrupted run left unreleased. */
    tips: BranchTips;
    /** A git repository with the source branch's history, for the checklist's file items. */
    repoDir?: string;
    gitEnv?: Record<string, string>;
    /** Secrets and variables by name; only the names the config lists are read. */
    env: Record<string, string | undefined>;
    clock: Clock;
    /** Progress lines (stderr for the CLI, the job log for the action). */
    log: (line: string) => void;
    /** The run's log, posted as every deployment status's `log_url`. */
    logUrl?: string;
    /** The deploy's name on the Sentry marker, e.g. `launchgate run 42`. */
    name?: string;
    /** Retries and backoff of the host and Sentry APIs (tests shorten the backoff). */
    http?: HttpSettings;
    /** Connects to Sentry (the runtime's `sentry()`); built from {@link http} when not given. */
    sentry?: SentryConnect;
    /** Opens the rollback pull request and issue (src/rollback's `openRollback`). */
    openRollback: (forge: Forge, request: RollbackRequest) => Promise<RollbackResult>;
    /** Where the rollback writes its revert (the checkout, or the local forge's repository). */
    rollbackGit?: RollbackRequest['git'];
}
/** What the person dispatching the deploy asked for. */
export interface DeployRequest {
    config: DeployConfig;
    dryRun: boolean;
    /** Items skipped for this run (the workflow input) and by the config. */
    skips: ChecklistSkip[];
}
/** Runs the deploy; resolves with the outcome, rejects only for errors (bad config, outages). */
export declare function runDeploy(deps: DeployDeps, request: DeployRequest): Promise<DeployOutcome>;
export { finish } from './outcome.js';
export { checkRunnable, smokeBaseUrl } from './runnable.js';
