/**
 * The deploy's vocabulary: what each step found, in plain data the report and the outputs read.
 * Nothing here does I/O.
 */
/** Ids of the checklist items, as `skip-checklist-item` and `checklist.skip` name them. */
export declare const CHECKLIST_ITEMS: readonly ["required-checks", "blocking-prs", "secrets", "variables", "migrations", "changelog", "docs"];
export type ChecklistItemId = (typeof CHECKLIST_ITEMS)[number];
/** One checklist item's verdict and why. */
export interface ChecklistItem {
    id: ChecklistItemId;
    title: string;
    status: 'pass' | 'fail' | 'skipped';
    reason: string;
    /** What the item saw, listed in the report (e.g. the migrations added since the last deploy). */
    details?: string[];
}
/** How `staging` reached `main`. */
export type PromoteOutcome = {
    status: 'merged';
    sha: string;
    via: 'merges-api' | 'pull-request';
    pullRequest?: {
        number: number;
        url: string;
    };
    /** An interrupted run made the merge; this run finished its release. */
    resumed?: boolean;
} | {
    status: 'up-to-date';
    message: string;
} | {
    status: 'conflict';
    message: string;
} | {
    status: 'refused';
    message: string;
    pullRequest?: {
        number: number;
        url: string;
    };
};
/** How one target's wait ended. */
export interface TargetWait {
    target: string;
    kind: string;
    /** `abandoned`: stopped waiting because another target failed. */
    outcome: 'live' | 'failed' | 'timed-out' | 'abandoned';
    detail: string;
    waitedMs: number;
    polls: number;
    url?: string;
}
/** One smoke test's verdict with its timings. */
export interface SmokeResult {
    name: string;
    kind: 'http' | 'auth' | 'websocket' | 'db-write' | 'browser';
    ok: boolean;
    /** The test could not run (no browser on the machine); `ok` then says whether that is accepted. */
    notRun?: boolean;
    /** The final state of a browser test's page, as a PNG file. */
    screenshot?: string;
    /** Wall time of the whole test. */
    durationMs: number;
    /** Latencies of the test's HTTP requests, for the P95 over the HTTP checks. */
    httpLatenciesMs: number[];
    /** Why it failed, or what it checked. */
    detail: string;
}
/** The P95 of the smoke tests' HTTP requests against the plan's budget. */
export interface LatencyVerdict {
    samples: number;
    p95Ms?: number;
    budgetMs: number;
    ok: boolean;
}
/** The values of the `result` output; `success`, `dry-run` and `nothing-to-merge` pass. */
export type DeployResult = 'success' | 'dry-run' | 'nothing-to-merge' | 'checklist-failed' | 'merge-conflict' | 'merge-refused' | 'host-failed' | 'timed-out' | 'smoke-failed';
export declare const PASSING_RESULTS: readonly DeployResult[];
/** A rollback the deploy started (or would have, in a dry run). */
export interface RollbackRecord {
    started: boolean;
    pullRequest?: {
        number: number;
        url: string;
    };
    issue?: {
        number: number;
        url: string;
    };
    /** Why no rollback was opened, or why opening it failed. */
    note?: string;
}
/** Everything a deploy did, for the report, the outputs and the CLI's JSON. */
export interface DeployOutcome {
    result: DeployResult;
    /** One sentence: what happened and, when it stopped, what to do. */
    message: string;
    environment: string;
    source: {
        branch: string;
        sha?: string;
    };
    target: {
        branch: string;
        sha?: string;
    };
    dryRun: boolean;
    /** Dry run only: the target already contains the source's head (undefined: could not tell). */
    targetContainsSource?: boolean;
    checklist: ChecklistItem[];
    promote?: PromoteOutcome;
    /** The merge commit that was deployed. */
    sha?: string;
    deployment?: {
        id: number;
        url?: string;
        state?: string;
    };
    waits: TargetWait[];
    smoke: SmokeResult[];
    latency?: LatencyVerdict;
    sentry?: {
        release?: string;
        deploy?: boolean;
        warning?: string;
    };
    rollback?: RollbackRecord;
    /** Non-fatal problems (Sentry unreachable, a status that could not be recorded). */
    warnings: string[];
    environmentUrl?: string;
    logUrl?: string;
}
