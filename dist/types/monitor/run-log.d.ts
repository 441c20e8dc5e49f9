/**
 * A monitor run written as one line, the description of a deployment status (GitHub keeps at
 * most 140 characters there), and read back by later runs. Readable in GitHub's deployment view:
 *
 *   launchgate-monitor t=912 rollback e=P p=P w=F h=I:nd s=P ws=20/20
 *
 * `t` is seconds since the deploy (so the record does not depend on the server's clock), then the
 * decision, each plan signal's verdict with its inconclusive cause, and the WebSocket probe bucket.
 */
import type { MonitorRunRecord } from './ports.js';
/** Every status the monitor writes starts with this; the deploy's own statuses never do. */
export declare const RUN_LOG_PREFIX = "launchgate-monitor";
/** GitHub's limit on a deployment status description. */
export declare const DESCRIPTION_MAX = 140;
/** The record of a run as a status description. */
export declare function encodeRun(run: MonitorRunRecord, deployedAt: number): string;
/** A run read back from a status description; undefined for any other status. */
export declare function decodeRun(description: string | undefined, deployedAt: number): MonitorRunRecord | undefined;
/** Whether a status description is one of the monitor's records (and so not the deploy's own). */
export declare function isRunLog(description: string | undefined): boolean;
/** A run reduced to the signals a record keeps, so the current run and the history compare alike. */
export declare function recordedSignals(run: MonitorRunRecord): MonitorRunRecord;
