/**
 * Builds the live monitor's ports from the `monitor` config section and the run's secrets: the
 * one place that knows which adapter serves which port, shared by the CLI and the action.
 */
import type { z } from 'zod';
import type { monitorSchema } from '../config/sections/monitor.js';
import { type GitHubClient } from '../github/client.js';
import type { Forge, RepoRef } from '../ports/forge.js';
import type { Logger } from '../ports/logger.js';
import type { RollbackRequest } from '../rollback/index.js';
import type { SentryConnect } from '../sentry/client.js';
import type { LiveMonitorDeps, LiveMonitorSettings } from './live.js';
import type { SignalSource } from './ports.js';
export type MonitorConfig = z.output<typeof monitorSchema>;
/** The cron of `.github/workflows/monitor.yml`: every 5 minutes, off the top of the hour. */
export declare const MONITOR_SCHEDULE = "3-58/5 * * * *";
/** Everything the ports need besides the config. */
export interface LiveSetup {
    config: MonitorConfig;
    /** Reads deployments and statuses; opens PRs and issues unless `writeForge` is given. */
    forge: Forge;
    /** A forge with a GitHub App token, for the PR and the issue (so the PR triggers workflows). */
    writeForge?: Forge;
    /** The GitHub client and repository, for the alert APIs and a one-page deployment query. */
    github?: {
        octokit: GitHubClient;
        repo: RepoRef;
    };
    /**
     * Connects to Sentry with the run's token and HTTP settings (the runtime's `sentry()`); required
     * when the config has a `sentry` section.
     */
    sentry?: SentryConnect;
    /** Where the revert is written (see `RollbackRequest.git`). */
    git?: RollbackRequest['git'];
    /** The workflow run, linked from each recorded run. */
    logUrl?: string;
    logger?: Pick<Logger, 'info' | 'warning'>;
    clock?: () => number;
}
/** The signal sources the config asks for. */
export declare function signalSources(setup: LiveSetup): SignalSource[];
/** The ports of a live run. */
export declare function liveMonitorDeps(setup: LiveSetup): LiveMonitorDeps;
/** The settings of a live run from the config and the run's flags. */
export declare function liveMonitorSettings(config: MonitorConfig, flags: {
    dryRun?: boolean;
    force?: boolean;
    charts?: boolean;
    environment?: string;
}): LiveMonitorSettings;
