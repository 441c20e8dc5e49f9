import type { DeployOutcome } from './types.js';
/** Markdown of the failing waits and smoke tests, the P95 and the deployment. */
export declare function rollbackEvidence(outcome: DeployOutcome): string;
