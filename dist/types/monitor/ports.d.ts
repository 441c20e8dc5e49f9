/**
 * The ports of the live monitor (issue 7, items 1, 2, 4 and 5): the shapes the use case
 * (`live.ts`) orchestrates. Each has one real adapter (`sources/`, `deployments.ts`,
 * `rollback-port.ts`), so the use case stays a pure decision plus glue.
 */
import type { RollbackResult } from '../rollback/index.js';
import type { BlindStatus, RunRecord } from './blind.js';
import type { Sample, SampleSource, WebSocketBucket } from './samples.js';
/** The deploy being watched, from GitHub's Deployments API. */
export interface WatchedDeployment {
    /** The deployment's id, where the monitor records its runs as statuses. */
    id: number;
    sha: string;
    /** When it went live (the deployment's first success status), epoch ms. */
    deployedAt: number;
    environment: string;
    /** The branch the deploy landed on, when the deployment's ref names one. */
    ref?: string;
    /** The merged PR of the deploy, when the deployment's payload names it. */
    pullRequest?: number;
    /** The live app's URL (the success status's `environment_url`). */
    url?: string;
}
/** The deployment to watch, or why there is none. */
export type LatestDeployment = {
    deployment: WatchedDeployment;
} | {
    deployment?: undefined;
    reason: string;
};
/** Finds the latest deployment of an environment. */
export interface DeploymentSource {
    latest(environment: string): Promise<LatestDeployment>;
}
/** Something a reader of a rollback PR should see that is not a sample: a new Sentry issue, a link. */
export interface EvidenceItem {
    title: string;
    url?: string;
    detail?: string;
}
/** What one source returned in one run. */
export interface SourceReading {
    samples: Sample[];
    evidence?: EvidenceItem[];
}
/**
 * One source of samples (Sentry `events-timeseries`, the health endpoint, WebSocket probes, GitHub
 * alerts). It never throws for an outage: a failed query is returned as a `SourceFailure` sample,
 * so the decision can say "inconclusive: rate limited" instead of the run crashing or passing.
 */
export interface SignalSource {
    readonly source: SampleSource;
    /** Samples since the deploy up to `now`; buckets still filling are marked `complete: false`. */
    read(deployment: WatchedDeployment, now: number): Promise<SourceReading>;
}
/** What is kept of a run between runs: its verdicts, and the probe bucket no source keeps for us. */
export interface MonitorRunRecord extends RunRecord {
    /** The WebSocket probes of that run, which the consecutive-bucket rule needs in later runs. */
    websocket?: Pick<WebSocketBucket, 'attempts' | 'failures'>;
}
/**
 * The monitor's memory, kept in GitHub (deployment statuses) rather than in a state file: when the
 * last check ran, so a skipped wake-up is caught up, and the past runs the blind rule needs.
 */
export interface CheckLog {
    /** Past runs of this deployment, oldest first. */
    history(deployment: WatchedDeployment): Promise<MonitorRunRecord[]>;
    record(deployment: WatchedDeployment, run: MonitorRunRecord): Promise<void>;
}
/** What the "monitor is blind" step did. */
export interface BlindIssueResult {
    outcome: 'created' | 'updated' | 'unchanged' | 'would-create' | 'would-update';
    number?: number;
    url?: string;
}
/** Acts on a decision, exactly once (see `src/rollback`), and reports a blind monitor to a person. */
export interface RollbackPort {
    rollback(deployment: WatchedDeployment, reason: string, evidenceMarkdown: string, options: {
        dryRun: boolean;
    }): Promise<RollbackResult>;
    reportBlind(deployment: WatchedDeployment, blind: BlindStatus, options: {
        dryRun: boolean;
    }): Promise<BlindIssueResult>;
}
