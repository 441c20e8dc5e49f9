/**
 * Rollback of a deploy, shared by the monitor (a trigger fired) and the deploy (smoke tests failed):
 * `openRollback(forge, request)` opens the revert PR and the rollback issue exactly once.
 */
export { openRollback, revertWriterFor } from './open.js';
export type { RollbackRequest, RollbackResult, RollbackStep } from './types.js';
export type { Hold } from './find.js';
export { LocalRevertWriter, PushRevertWriter, ROLLBACK_IDENTITY, type BranchTip, type RevertOutcome, type RevertWriter, } from './revert-writer.js';
export { gitAuth, type GitAuth } from './git-auth.js';
export { DEFAULT_LABELS, rollbackBranch, type RollbackLabels } from './texts.js';
export type { Issue, PullRequest } from '../ports/forge.js';
