/**
 * A re-dispatch after an interrupted deploy (killed, an outage after the merge): the target's tip
 * is launchgate's merge of the source, and no deployment of it reached an end. The decisions here
 * are pure; `readReleaseState` gathers their facts from the forge.
 */
import type { DeployConfig } from '../config/sections/deploy.js';
import type { DeploymentState, Forge } from '../ports/forge.js';
import type { BranchTips, TipCommit } from './branch-tip.js';
/** One launchgate deployment and its statuses' states, newest first (empty: none posted). */
export interface DeploymentTrail {
    id: number;
    sha: string;
    states: DeploymentState[];
}
/** What a deploy finds on the target before it merges anything. */
export type ReleaseState = 
/** The target's tip is not a launchgate merge of the source's tip: promote as usual. */
{
    kind: 'none';
}
/** The merge was released: a deployment of it ended (success, failure, inactive). */
 | {
    kind: 'released';
    sha: string;
    deployment: {
        id: number;
        state: DeploymentState;
    };
}
/** The merge is there, unreleased; `carryOn` is the deployment an interrupted run left open. */
 | {
    kind: 'unreleased';
    sha: string;
    carryOn?: DeploymentTrail;
};
/** True when a deployment's newest state says its release ended. */
export declare function releaseEnded(trail: DeploymentTrail): boolean;
/** True while a deployment has no status or only a transient one (a run stopped before its end). */
export declare function leftOpen(trail: DeploymentTrail): boolean;
/**
 * True for the merge commit a deploy of `source` into `target` made: two parents, the second the
 * source's tip, and launchgate's message (the merges API's `Deploy staging (abc…) to main`, or the
 * pull request's `Deploy staging to main (#12)`). A merge a person made is not taken for one: the
 * checklist never ran on it.
 */
export declare function isDeployMerge(tip: TipCommit | undefined, branches: {
    source: string;
    target: string;
    sourceSha: string;
}): boolean;
/**
 * Decides from the target's tip and the deployments of it (launchgate's, in this environment)
 * whether the deploy merges, has nothing to do, or finishes a release an earlier run left.
 */
export declare function decideReleaseState(tip: TipCommit | undefined, branches: {
    source: string;
    target: string;
    sourceSha: string;
}, trails: readonly DeploymentTrail[]): ReleaseState;
/**
 * The deployments to close when `current` carries the release: launchgate's in the environment
 * that interrupted runs left without an end, whatever their commit. The workflow's concurrency
 * group keeps a second deploy of the environment from running meanwhile.
 */
export declare function orphansBesides(trails: readonly DeploymentTrail[], currentId: number): DeploymentTrail[];
/** The deploy's own deployments, the newest first: `payload.tool` is `launchgate`. */
export declare function readTrails(forge: Forge, query: {
    environment: string;
    sha?: string;
}, limit?: number): Promise<DeploymentTrail[]>;
/** Reads the target's tip and its deployments, then decides (see {@link decideReleaseState}). */
export declare function readReleaseState(ports: {
    forge: Forge;
    tips: BranchTips;
}, config: DeployConfig, sourceSha: string): Promise<ReleaseState>;
