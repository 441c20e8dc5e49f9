/**
 * The live monitor, one scheduled run: find the latest deployment, ask the cadence whether a check
 * is due, read every source, decide, act (a rollback, or a "monitor is blind" issue), and record
 * the run on the deployment for the next one. The whole flow is this file; the decision is pure
 * (`decide.ts`) and every side effect sits behind a port (`ports.ts`).
 */
import type { Logger } from '../ports/logger.js';
import type { Report } from '../report/types.js';
import type { RollbackResult } from '../rollback/index.js';
import { type BlindStatus } from './blind.js';
import { type Cadence } from './cadence.js';
import type { BlindIssueResult, CheckLog, DeploymentSource, RollbackPort, SignalSource, WatchedDeployment } from './ports.js';
import type { Thresholds } from './thresholds.js';
import type { MonitorDecision } from './verdict.js';
/** The ports of a run. */
export interface LiveMonitorDeps {
    deployments: DeploymentSource;
    sources: readonly SignalSource[];
    log: CheckLog;
    actions: RollbackPort;
    /** Epoch ms; `Date.now` by default. */
    clock?: () => number;
    logger?: Pick<Logger, 'info' | 'warning'>;
}
/** What a run judges against and how it behaves. */
export interface LiveMonitorSettings {
    environment: string;
    cadence: Cadence;
    thresholds: Thresholds;
    blindAfterRuns: number;
    /** Decide and report, but write nothing: no PR, no issue, no recorded run. */
    dryRun: boolean;
    /** Check even when the cadence says no (a person started the run). */
    force?: boolean;
    /** Draw mermaid charts in the report (the job summary, `--format markdown`). */
    charts?: boolean;
}
/** The outcome of a run. */
export interface LiveRun {
    /** `idle` when nothing was checked (no deployment, not due, window over). */
    status: 'checked' | 'idle';
    reason: string;
    deployment?: WatchedDeployment;
    result?: MonitorDecision;
    blind?: BlindStatus;
    rollback?: RollbackResult;
    blindIssue?: BlindIssueResult;
    report: Report;
    /** 0 healthy or idle, 1 rollback, 3 inconclusive. */
    exitCode: number;
}
/**
 * Runs the monitor once.
 * @returns the decision and what was done, with the report and the exit code
 */
export declare function runLiveMonitor(deps: LiveMonitorDeps, settings: LiveMonitorSettings): Promise<LiveRun>;
