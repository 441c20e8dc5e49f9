/** The deploy's own typed error: a failure after the merge, which a person has to look at. */
import { describeError, LaunchgateError } from '../errors.js'

/**
 * The merge landed but a later step failed for a reason that is not an outcome (an API that kept
 * failing after its retries). Says what already happened, so nobody assumes nothing changed.
 */
export class DeployInterruptedError extends LaunchgateError {
  readonly isUserError = false
  constructor(
    readonly sha: string,
    step: string,
    cause: unknown,
    target: string,
  ) {
    super(
      `${target} already holds the merge ${sha.slice(0, 12)}, but ${step} failed: ${describeError(cause)}. ` +
        `The hosts deploy ${target} on their own: check them, then dispatch the deploy again (it finds this merge and finishes its release) or roll back ${sha.slice(0, 12)}`,
      { cause },
    )
  }
}
