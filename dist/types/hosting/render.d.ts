/**
 * Render: a service's deploys (`GET /v1/services/{serviceId}/deploys`) and the status of the one
 * built from our commit (`deploy.commit.id`). No API description of Render is in this repository,
 * so this follows Render's documented REST API: the list is `[{ deploy, cursor }]` newest first,
 * and a deploy's `status` is one of created, queued, build_in_progress, update_in_progress,
 * pre_deploy_in_progress, live, deactivated, build_failed, update_failed, pre_deploy_failed,
 * canceled.
 */
import { type HostApiOptions } from './api.js';
import type { Host, HostObservation } from './types.js';
/** The fields of a Render deploy launchgate reads. */
export interface RenderDeploy {
    id: string;
    status?: string;
    commit?: {
        id?: string;
        message?: string;
    } | null;
    finishedAt?: string | null;
}
/** One item of the list: Render wraps each deploy with a pagination cursor. */
export interface RenderDeployItem {
    deploy: RenderDeploy;
    cursor?: string;
}
export interface RenderHostOptions extends HostApiOptions {
    serviceId: string;
}
/** What the deploy list says about `sha`: pure, so every status is unit-tested. */
export declare function renderObservation(items: readonly RenderDeployItem[], sha: string): HostObservation;
/** A Render service as a {@link Host}. */
export declare function renderHost(options: RenderHostOptions): Host;
