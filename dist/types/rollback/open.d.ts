/**
 * The rollback use case: a revert of the deployed merge on branch `rollback/<sha>`, a PR labelled
 * `rollback` with the evidence, and a rollback issue linked to it, exactly once.
 *
 * Idempotence rests on three atomic refusals, never on a read-then-write:
 * 1. creating branch `rollback/<sha>` (git refuses an existing ref): one run wins the rollback;
 * 2. opening the PR (GitHub keeps one open PR per head branch): one PR, whoever opens it;
 * 3. the issue is opened only by the winner of (1), before the PR, so a loser never opens one;
 *    a later run takes over only when the winner left the branch without an issue for
 *    `staleAfterMs` (it died), which the monitor workflow's concurrency group serializes.
 * Every later run finds the PR and the issue again and updates them instead.
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
