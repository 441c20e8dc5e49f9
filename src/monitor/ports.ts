/**
 * The ports of the live monitor (issue 7, items 1, 2, 4 and 5). Only the shapes live here: the
 * adapters (Sentry, health and WebSocket probes, GitHub deployments and alerts, the rollback PR and
 * issue) come later, each behind one of these, so the use case stays a pure decision plus glue.
 */
import type { RunRecord } from './blind.js'
import type { Sample, SampleSource } from './samples.js'
import type { MonitorDecision } from './verdict.js'

/** The deploy being watched, from GitHub's Deployments API. */
export interface WatchedDeployment {
  sha: string
  /** When it went live (the deployment's success status), epoch ms. */
  deployedAt: number
  environment: string
  /** The merged PR of the deploy, when there is one: the revert goes through it. */
  pullRequest?: number
  url?: string
}

/** Finds the latest production deployment; undefined when there is none to watch. */
export interface DeploymentSource {
  latest(environment: string): Promise<WatchedDeployment | undefined>
}

/**
 * One source of samples (Sentry `events-timeseries`, the health endpoint, WebSocket probes, GitHub
 * alerts). It never throws for an outage: a failed query is returned as a `SourceFailure` sample,
 * so the decision can say "inconclusive: rate limited" instead of the run crashing or passing.
 */
export interface SignalSource {
  readonly source: SampleSource
  /** Samples since the deploy up to `now`; buckets still filling are marked `complete: false`. */
  read(deployment: WatchedDeployment, now: number): Promise<Sample[]>
}

/**
 * The monitor's memory, kept in GitHub (deployment statuses) rather than in a state file: when the
 * last check ran, so a skipped wake-up is caught up, and the past runs the blind rule needs.
 */
export interface CheckLog {
  history(deployment: WatchedDeployment): Promise<RunRecord[]>
  record(deployment: WatchedDeployment, run: RunRecord): Promise<void>
}

/** What the rollback port did, for the job summary and `--dry-run`. */
export interface RollbackAction {
  kind: 'pull-request' | 'issue' | 'blind-issue' | 'held'
  /** `created`, `updated`, or `would-create` under dry-run. */
  outcome: 'created' | 'updated' | 'would-create' | 'would-update' | 'skipped'
  url?: string
}

/**
 * Acts on a decision, exactly once: finds the open rollback PR and issue (branch `rollback/<sha>`,
 * label `rollback`) and updates them instead of creating duplicates; honours `rollback:hold`.
 */
export interface RollbackPort {
  rollback(
    deployment: WatchedDeployment,
    decision: MonitorDecision,
    options: { dryRun: boolean },
  ): Promise<RollbackAction[]>
  reportBlind(
    deployment: WatchedDeployment,
    reason: string,
    options: { dryRun: boolean },
  ): Promise<RollbackAction>
}
