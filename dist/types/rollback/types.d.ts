/** The contract of a rollback: what a caller asks for and what it gets back. */
import type { GitIdentity } from '../git/git.js';
import type { Issue, PullRequest } from '../ports/forge.js';
import type { Hold } from './find.js';
import type { RevertWriter } from './revert-writer.js';
import type { RollbackLabels } from './texts.js';
/** A request to roll back one deploy. Only the first six fields are required by the contract. */
export interface RollbackRequest {
    /** The deployed commit: the merge commit the deploy put on `base`. */
    sha: string;
    environment: string;
    /** One line: why (e.g. the triggers of the monitor). */
    reason: string;
    /** The evidence for the PR and the issue (signals, thresholds, samples, links). */
    evidenceMarkdown: string;
    /** Report what would be done, write nothing. */
    dryRun?: boolean;
    deploymentId?: number;
    /** The branch the deploy landed on; by default the deployment's ref when it names a branch, else `main`. */
    base?: string;
    /** The deploy's pull request, when known; otherwise the merged PR whose merge commit is `sha`. */
    pullRequest?: number;
    /**
     * Where the revert is written. Default: for the local forge its git dir; for GitHub the runner's
     * checkout (`GITHUB_WORKSPACE`, else the current directory) pushing to `origin`.
     */
    git?: {
        dir?: string;
        remote?: string;
        env?: Record<string, string>;
        identity?: GitIdentity;
    };
    /** Replaces the default writer entirely (tests of a custom transport, a hosting API). */
    writer?: RevertWriter;
    labels?: Partial<RollbackLabels>;
    /**
     * How long a rollback branch made on another host is left to the run that made it before this
     * run finishes the rollback itself; a minute by default. On the same host the process table says
     * at once whether that run is alive.
     */
    graceMs?: number;
}
/** One thing a rollback run did, or under dry-run would do. */
export interface RollbackStep {
    action: 'hold' | 'create-branch' | 'create-pull-request' | 'update-pull-request' | 'label-pull-request' | 'create-issue' | 'update-issue' | 'wait';
    outcome: 'done' | 'would' | 'unchanged' | 'skipped' | 'failed';
    detail: string;
}
/** What {@link openRollback} did. */
export interface RollbackResult {
    pullRequest?: PullRequest;
    issue?: Issue;
    /** True when this run created the PR or the issue (the first run of a rollback). */
    created: boolean;
    dryRun: boolean;
    branch: string;
    base: string;
    /** Set when a `rollback:hold` label stopped the run. */
    held?: Hold;
    /** The revert commit this run wrote. */
    revertSha?: string;
    /** Why there is no PR (a conflicting revert, Actions not allowed to open PRs), when that happened. */
    problem?: string;
    steps: RollbackStep[];
}
