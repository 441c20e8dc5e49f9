/** The deploy's own typed error: a failure after the merge, which a person has to look at. */
import { LaunchgateError } from '../errors.js';
/**
 * The merge landed but a later step failed for a reason that is not an outcome (an API that kept
 * failing after its retries). Says what already happened, so nobody assumes nothing changed.
 */
export declare class DeployInterruptedError extends LaunchgateError {
    readonly sha: string;
    readonly name: string;
    readonly isUserError = false;
    constructor(sha: string, step: string, cause: unknown, target: string);
}
