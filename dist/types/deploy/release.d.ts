/**
 * After the merge: record the GitHub deployment, wait until every target serves the merge, mark
 * the release in Sentry, run the smoke tests, post `success` or `failure`, and start the rollback
 * when a failure calls for it. The deployment never stays `in_progress`: an error on the way
 * marks it `error` before the error surfaces.
 */
import type { DeployConfig } from '../config/sections/deploy.js';
import type { DeployDeps } from './run.js';
import type { DeployOutcome } from './types.js';
/** Releases the merge commit in `outcome.promote`; resolves with the finished outcome. */
export declare function releaseMerged(deps: DeployDeps, config: DeployConfig, outcome: DeployOutcome): Promise<DeployOutcome>;
