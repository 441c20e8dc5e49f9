/**
 * The rollback use case: a revert of the deployed merge on branch `rollback/<sha>`, a PR labelled
 * `rollback` with the evidence, and a rollback issue linked to it, exactly once.
 *
 * Idempotence rests on three atomic refusals, never on a read-then-write:
 * 1. creating branch `rollback/<sha>` (git refuses an existing ref): one run wins the rollback;
 * 2. opening the PR (GitHub keeps one open PR per head branch): one PR, whoever opens it;
 * 3. the issue is found by its hidden marker; a run that finds the branch but no issue or PR
 *    asks whether the run that made the branch is alive (lock-holder.ts): while it is, that run
 *    opens them; once it is not (killed, or on another host past a minute's grace) this run
 *    finishes the work itself. Should two runs both open an issue all the same, the oldest is
 *    kept and the other run closes its own (`createIssueOnce`); the PR cannot be doubled.
 * Every later run finds the PR and the issue again and updates them, the PR's label and the links
 * between them included. Writes whose answer is lost are looked up before being sent again
 * (the GitHub forge's `writeOnce`).
 */
import type { Forge } from '../ports/forge.js';
import { type RevertWriter } from './revert-writer.js';
import type { RollbackRequest, RollbackResult } from './types.js';
/**
 * Opens (or finds and updates) the rollback of a deploy.
 * @param forge GitHub or the local forge
 * @param request the deploy, the reason and the evidence; `dryRun` writes nothing
 * @returns the PR and issue, whether this run created them, and each step taken
 */
export declare function openRollback(forge: Forge, request: RollbackRequest): Promise<RollbackResult>;
/** The default writer: the local forge's own repository, or the runner's checkout of GitHub. */
export declare function revertWriterFor(forge: Forge, request: Pick<RollbackRequest, 'git'>): RevertWriter;
