/**
 * GitHub's Deployments API as the monitor's state: the latest deployment of the environment is
 * the release to watch, its first success status is when it went live, and the monitor's own runs
 * are further statuses on it ({@link DeploymentStatusLog}). Nothing is kept anywhere else.
 */
import type { Deployment, DeploymentStatus, Forge } from '../ports/forge.js';
import type { CheckLog, DeploymentSource, LatestDeployment, MonitorRunRecord, WatchedDeployment } from './ports.js';
/** Lists the newest deployments of an environment, newest first; one page is plenty. */
export type RecentDeployments = (environment: string) => Promise<Deployment[]>;
/**
 * The watched deployment from a deployment and its statuses (newest first, as GitHub lists them),
 * or why it is not watched. The deploy's own statuses decide; the monitor's records are skipped.
 */
export declare function watchedFrom(deployment: Deployment, statuses: readonly DeploymentStatus[]): LatestDeployment;
/** {@link DeploymentSource} over the forge. */
export declare class ForgeDeployments implements DeploymentSource {
    private readonly forge;
    private readonly recent;
    /**
     * @param recent how to list deployments; by default the forge's `listDeployments` (which reads
     *   every page; the GitHub setup passes a one-page query instead)
     */
    constructor(forge: Forge, recent?: RecentDeployments);
    latest(environment: string): Promise<LatestDeployment>;
}
/**
 * {@link CheckLog} as deployment statuses: each run adds a `success` status (the deployment stays
 * live) whose description is the run's record and whose log URL is the workflow run.
 */
export declare class DeploymentStatusLog implements CheckLog {
    private readonly forge;
    private readonly logUrl?;
    constructor(forge: Forge, logUrl?: string | undefined);
    history(deployment: WatchedDeployment): Promise<MonitorRunRecord[]>;
    record(deployment: WatchedDeployment, run: MonitorRunRecord): Promise<void>;
}
