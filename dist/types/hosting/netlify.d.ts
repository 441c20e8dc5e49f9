/**
 * Netlify: the site's deploys (`GET /sites/{site_id}/deploys`, Netlify's OpenAPI `listSiteDeploys`)
 * and the state of the one built from our commit (`commit_ref`). `ready` is live; `error` and
 * `rejected` are a failed build; every other state is a build in progress.
 */
import { type HostApiOptions } from './api.js';
import type { Host, HostObservation } from './types.js';
/** The fields of Netlify's `deploy` definition launchgate reads. */
export interface NetlifyDeploy {
    id: string;
    state?: string;
    commit_ref?: string | null;
    error_message?: string | null;
    admin_url?: string;
    deploy_ssl_url?: string;
    ssl_url?: string;
    skipped?: boolean | null;
    context?: string;
}
export interface NetlifyHostOptions extends HostApiOptions {
    siteId: string;
}
/** What the deploy list says about `sha`: pure, so every state is unit-tested. */
export declare function netlifyObservation(deploys: readonly NetlifyDeploy[], sha: string): HostObservation;
/** A Netlify site as a {@link Host}. */
export declare function netlifyHost(options: NetlifyHostOptions): Host;
