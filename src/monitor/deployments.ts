/**
 * GitHub's Deployments API as the monitor's state: the latest deployment of the environment is
 * the release to watch, its first success status is when it went live, and the monitor's own runs
 * are further statuses on it ({@link DeploymentStatusLog}). Nothing is kept anywhere else.
 */
import type { Deployment, DeploymentStatus, Forge } from '../ports/forge.js'
import type {
  CheckLog,
  DeploymentSource,
  LatestDeployment,
  MonitorRunRecord,
  WatchedDeployment,
} from './ports.js'
import { decodeRun, encodeRun, isRunLog } from './run-log.js'

/** Lists the newest deployments of an environment, newest first; one page is plenty. */
export type RecentDeployments = (environment: string) => Promise<Deployment[]>

/** The deploy's PR number from the deployment payload (`pullRequest` or `pull_request`), if any. */
function pullRequestOf(payload: Record<string, unknown> | undefined): number | undefined {
  const value = payload?.pullRequest ?? payload?.pull_request
  const number = typeof value === 'object' && value !== null ? (value as { number?: unknown }).number : value
  return typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : undefined
}

/** A ref that names a branch (not a sha, not a tag), without `refs/heads/`. */
function branchOf(ref: string): string | undefined {
  if (/^[0-9a-f]{40}$/i.test(ref) || ref.startsWith('refs/tags/')) return undefined
  return ref.replace(/^refs\/heads\//, '')
}

/**
 * The watched deployment from a deployment and its statuses (newest first, as GitHub lists them),
 * or why it is not watched. The deploy's own statuses decide; the monitor's records are skipped.
 */
export function watchedFrom(deployment: Deployment, statuses: readonly DeploymentStatus[]): LatestDeployment {
  const own = statuses.filter((s) => !isRunLog(s.description))
  const latest = own[0]
  if (latest === undefined)
    return { reason: `deployment ${deployment.id} has no status yet (still deploying?)` }
  if (latest.state !== 'success') {
    return {
      reason: `the latest deployment (${deployment.id}, ${deployment.sha.slice(0, 12)}) is ${latest.state}`,
    }
  }
  // The first success is when the release went live; a later one (a redeploy marker) is not.
  const live = own.filter((s) => s.state === 'success').at(-1)!
  const watched: WatchedDeployment = {
    id: deployment.id,
    sha: deployment.sha,
    deployedAt: Date.parse(live.createdAt),
    environment: deployment.environment,
    ref: branchOf(deployment.ref),
    pullRequest: pullRequestOf(deployment.payload),
    url: latest.environmentUrl || live.environmentUrl || undefined,
  }
  return { deployment: watched }
}

/** {@link DeploymentSource} over the forge. */
export class ForgeDeployments implements DeploymentSource {
  /**
   * @param recent how to list deployments; by default the forge's `listDeployments` (which reads
   *   every page; the GitHub setup passes a one-page query instead)
   */
  constructor(
    private readonly forge: Forge,
    private readonly recent: RecentDeployments = (environment) => forge.listDeployments({ environment }),
  ) {}

  async latest(environment: string): Promise<LatestDeployment> {
    const [newest] = await this.recent(environment)
    if (newest === undefined) return { reason: `no deployment to ${environment} yet` }
    return watchedFrom(newest, await this.forge.listDeploymentStatuses(newest.id))
  }
}

/**
 * {@link CheckLog} as deployment statuses: each run adds a `success` status (the deployment stays
 * live) whose description is the run's record and whose log URL is the workflow run.
 */
export class DeploymentStatusLog implements CheckLog {
  constructor(
    private readonly forge: Forge,
    private readonly logUrl?: string,
  ) {}

  async history(deployment: WatchedDeployment): Promise<MonitorRunRecord[]> {
    const statuses = await this.forge.listDeploymentStatuses(deployment.id)
    // GitHub lists statuses newest first and a record keeps whole seconds, so two runs in the same
    // second tie on time: creation order (ids only grow) first, so the stable sort keeps the later
    // run last and it reads as the latest bucket.
    return [...statuses]
      .sort((a, b) => a.id - b.id)
      .map((s) => decodeRun(s.description, deployment.deployedAt))
      .filter((r): r is MonitorRunRecord => r !== undefined)
      .sort((a, b) => a.at - b.at)
  }

  async record(deployment: WatchedDeployment, run: MonitorRunRecord): Promise<void> {
    await this.forge.createDeploymentStatus(deployment.id, {
      state: 'success',
      description: encodeRun(run, deployment.deployedAt),
      // Without it, the environment would lose its URL in GitHub's UI: the latest status sets it.
      environmentUrl: deployment.url,
      logUrl: this.logUrl,
    })
  }
}
