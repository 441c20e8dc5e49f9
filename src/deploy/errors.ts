/** The deploy's own errors: a failure after the merge, which a person has to look at, and one before it. */
import { classifyError, describeError, isOutage, LaunchgateError } from '../errors.js'

/**
 * The merge landed but a later step failed for a reason that is not an outcome (an API that kept
 * failing after its retries). Says what already happened, so nobody assumes nothing changed.
 */
export class DeployInterruptedError extends LaunchgateError {
  override readonly name: string = 'DeployInterruptedError'
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

const NOTHING_CHANGED =
  'Nothing was changed (the deploy stopped before the merge): dispatch it again once the service answers.'

/**
 * Awaits a read made before the merge; when it fails for an outage (a service or the network
 * after the retries), says that nothing was changed, so a person knows the repository is as it
 * was. The error keeps its class, and with it its exit code.
 */
export async function beforeTheMerge<T>(read: Promise<T>): Promise<T> {
  try {
    return await read
  } catch (error) {
    const classified = classifyError(error)
    if (isOutage(classified) && classified instanceof Error && !classified.message.includes(NOTHING_CHANGED))
      classified.message = `${classified.message} ${NOTHING_CHANGED}`
    throw classified
  }
}
