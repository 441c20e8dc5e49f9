/** The deploy's own errors: a failure after the merge, which a person has to look at, and one before it. */
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
/**
 * Awaits a read made before the merge; when it fails for an outage (a service or the network
 * after the retries), says that nothing was changed, so a person knows the repository is as it
 * was. The error keeps its class, and with it its exit code.
 */
export declare function beforeTheMerge<T>(read: Promise<T>): Promise<T>;
