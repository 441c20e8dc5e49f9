/**
 * A deploy as the shared {@link Report}: the checklist, the merge, the wait, each smoke test with
 * its timing and the P95, the deployment link and the rollback; failures as findings. The whole
 * outcome goes into `data`, so `--format json` carries every fact.
 */
import type { Report } from '../report/types.js';
import { type DeployOutcome } from './types.js';
/** The report of a deploy. */
export declare function deployReport(outcome: DeployOutcome): Report;
