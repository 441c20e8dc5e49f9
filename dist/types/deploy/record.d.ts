import type { DeploymentState, Forge } from '../ports/forge.js';
/** A description GitHub accepts: one line, at most 140 characters. */
export declare function statusDescription(text: string): string;
/** One deployment and the statuses launchgate posts on it. */
export declare class DeploymentRecord {
    private readonly forge;
    readonly id: number;
    private readonly logUrl;
    /** Where the app is reachable; posted with every status so the environment always links to it. */
    private readonly environmentUrl;
    /** The state most recently posted. */
    state: DeploymentState;
    private constructor();
    /** Creates the deployment of `sha` and posts `in_progress`. */
    static start(forge: Forge, input: {
        sha: string;
        environment: string;
        description: string;
        payload: Record<string, unknown>;
        logUrl?: string;
        environmentUrl?: string;
    }): Promise<DeploymentRecord>;
    /** Takes on deployment `id`, which an interrupted run left open, and posts `in_progress` on it. */
    static resume(forge: Forge, id: number, input: {
        logUrl?: string;
        environmentUrl?: string;
    }): Promise<DeploymentRecord>;
    /** Posts a status with the log and environment URLs. */
    post(state: DeploymentState, description: string): Promise<void>;
}
/**
 * Closes the deployments interrupted runs left open in the environment (no status, or stuck
 * `in_progress`), so none stays without an end: `inactive`, saying which deployment took over.
 * @returns warnings for the ones that could not be closed (the deploy goes on)
 */
export declare function closeOrphans(forge: Forge, environment: string, current: {
    id: number;
    sha: string;
}): Promise<string[]>;
