/**
 * The GitHub deployment of a deploy: created for the merge commit, marked `in_progress` at once,
 * then `success` or `failure` with the environment URL and a link to the run's log. A re-dispatch
 * takes on the deployment an interrupted run left open instead of creating a second one.
 */
import { describeError } from '../errors.js'
import type { DeploymentState, Forge } from '../ports/forge.js'
import { orphansBesides, readTrails, type DeploymentTrail } from './resume.js'

// GitHub refuses a status description longer than 140 characters.
const MAX_DESCRIPTION = 140

/** A description GitHub accepts: one line, at most 140 characters. */
export function statusDescription(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim()
  return line.length <= MAX_DESCRIPTION ? line : `${line.slice(0, MAX_DESCRIPTION - 1)}…`
}

/** One deployment and the statuses launchgate posts on it. */
export class DeploymentRecord {
  private constructor(
    private readonly forge: Forge,
    readonly id: number,
    private readonly logUrl: string | undefined,
    /** Where the app is reachable; posted with every status so the environment always links to it. */
    private readonly environmentUrl: string | undefined,
    /** The state most recently posted. */
    public state: DeploymentState,
  ) {}

  /** Creates the deployment of `sha` and posts `in_progress`. */
  static async start(
    forge: Forge,
    input: {
      sha: string
      environment: string
      description: string
      payload: Record<string, unknown>
      logUrl?: string
      environmentUrl?: string
    },
  ): Promise<DeploymentRecord> {
    const deployment = await forge.createDeployment({
      ref: input.sha,
      environment: input.environment,
      description: statusDescription(input.description),
      payload: input.payload,
    })
    const record = new DeploymentRecord(
      forge,
      deployment.id,
      input.logUrl,
      input.environmentUrl,
      'in_progress',
    )
    await record.post('in_progress', 'waiting until live, then smoke tests')
    return record
  }

  /** Takes on deployment `id`, which an interrupted run left open, and posts `in_progress` on it. */
  static async resume(
    forge: Forge,
    id: number,
    input: { logUrl?: string; environmentUrl?: string },
  ): Promise<DeploymentRecord> {
    const record = new DeploymentRecord(forge, id, input.logUrl, input.environmentUrl, 'in_progress')
    await record.post('in_progress', 'resumed after an interrupted run: waiting until live, then smoke tests')
    return record
  }

  /** Posts a status with the log and environment URLs. */
  async post(state: DeploymentState, description: string): Promise<void> {
    await this.forge.createDeploymentStatus(this.id, {
      state,
      description: statusDescription(description),
      logUrl: this.logUrl,
      environmentUrl: this.environmentUrl,
    })
    this.state = state
  }
}

/**
 * Closes the deployments interrupted runs left open in the environment (no status, or stuck
 * `in_progress`), so none stays without an end: `inactive`, saying which deployment took over.
 * @returns warnings for the ones that could not be closed (the deploy goes on)
 */
export async function closeOrphans(
  forge: Forge,
  environment: string,
  current: { id: number; sha: string },
): Promise<string[]> {
  const warnings: string[] = []
  let orphans: DeploymentTrail[]
  try {
    orphans = orphansBesides(await readTrails(forge, { environment }), current.id)
  } catch (error) {
    return [`earlier deployments could not be read to close any left open: ${describeError(error)}`]
  }
  for (const orphan of orphans) {
    const description = statusDescription(
      `the run that made it was interrupted; superseded by deployment ${current.id} of ${current.sha.slice(0, 12)}`,
    )
    await forge
      .createDeploymentStatus(orphan.id, { state: 'inactive', description })
      .catch((error: unknown) =>
        warnings.push(
          `deployment ${orphan.id} was left open and could not be closed: ${describeError(error)}`,
        ),
      )
  }
  return warnings
}
