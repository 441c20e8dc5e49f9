/**
 * After the merge: record the GitHub deployment, wait until every target serves the merge, mark
 * the release in Sentry, run the smoke tests, post `success` or `failure`, and start the rollback
 * when a failure calls for it. The deployment never stays `in_progress`: an error on the way
 * marks it `error` before the error surfaces.
 */
import type { DeployConfig } from '../config/sections/deploy.js';
import type { DeployDeps } from './run.js';
import type { DeployOutcome } from './types.js';
/**
 * Releases the merge commit in `outcome.promote`; resolves with the finished outcome.
 * @param carryOn the deployment of that commit an interrupted run left open, taken on instead of
 *   creating a second one
 */
export declare function releaseMerged(deps: DeployDeps, config: DeployConfig, outcome: DeployOutcome, carryOn?: {
    id: number;
}): Promise<DeployOutcome>;
