/**
 * The app's own answers, measured by the monitor: several health probes per run (status, latency,
 * the `checks` such as the database) and several WebSocket connects per run (their failure share,
 * one bucket per run). Probes never throw; a refused connection is a failed probe, which is data.
 */
import { type HealthProbe as ProbeResult } from '../../probes/index.js';
import type { SignalSource, SourceReading, WatchedDeployment } from '../ports.js';
import type { Sample } from '../samples.js';
/** Options shared by both probe sources. */
export interface ProbeOptions {
    url: string;
    /** Probes per run. */
    probes: number;
    timeoutMs: number;
    /** Delay between probe starts; 200 ms by default. */
    spacingMs?: number;
    headers?: Record<string, string>;
    /** Failed probes that confirm a health failure (the thresholds' `healthProbes`); 3 by default. */
    required?: number;
    /** Pause before the burst that confirms probes that got no answer; 1 s by default. */
    confirmAfterMs?: number;
}
/** Whether the release an endpoint reports is the deployed sha (either may be abbreviated). */
export declare function sameRelease(reported: string, sha: string): boolean;
/**
 * One probe as a sample. A healthy answer from another release is not evidence about this one:
 * it is recorded as a source failure (INCONCLUSIVE, and "blind" if it lasts), never as a pass.
 */
export declare function healthSample(probe: ProbeResult, sha: string, at: number): Sample;
/** {@link SignalSource} `health`: the health endpoint, probed `probes` times a run. */
export declare class HealthSource implements SignalSource {
    private readonly options;
    readonly source: "health";
    constructor(options: ProbeOptions);
    read(deployment: WatchedDeployment, now: number): Promise<SourceReading>;
}
/** {@link SignalSource} `websocket`: `probes` connects (with a ping and its pong) as one bucket. */
export declare class WebSocketSource implements SignalSource {
    private readonly options;
    readonly source: "websocket";
    constructor(options: ProbeOptions & {
        message?: unknown;
    });
    read(_deployment: WatchedDeployment, now: number): Promise<SourceReading>;
}
