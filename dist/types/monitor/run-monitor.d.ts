import type { Report } from '../report/types.js';
import type { Runtime } from '../runtime/runtime.js';
import { type LiveRun } from './live.js';
/** What a user asks the monitor for, from action inputs or CLI flags. */
export interface MonitorRequest {
    /** Judge recorded samples offline instead (CLI). */
    replay?: string;
    dryRun: boolean;
    force: boolean;
    environment?: string;
    /** Draw mermaid charts (the job summary, `--format markdown`). */
    charts: boolean;
    /** `local`: the rehearsal's forge over a bare repository (CLI). */
    forge: 'github' | 'local';
    gitDir?: string;
    stateDir?: string;
}
export interface MonitorOutcome {
    report: Report;
    /** 0 healthy or idle, 1 rollback, 3 inconclusive. */
    exitCode: number;
    /** Set for a live run. */
    live?: LiveRun;
}
/** Reads the request; `charts` is the front end's to say (a job summary always has them). */
export declare function monitorRequest(runtime: Runtime, charts: boolean): MonitorRequest;
/** Runs the monitor once. */
export declare function runMonitor(runtime: Runtime, request: MonitorRequest): Promise<MonitorOutcome>;
