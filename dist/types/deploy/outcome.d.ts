/** The deploy's outcome, set once with its result and the sentence a person reads. */
import type { DeployOutcome } from './types.js';
/** Sets the result and its sentence. */
export declare function finish(outcome: DeployOutcome, result: DeployOutcome['result'], message: string): DeployOutcome;
