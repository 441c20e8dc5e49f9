/**
 * The hosting port: where a merged commit goes live and how launchgate asks whether it is there
 * yet. Adapters (Netlify, Render, a health endpoint) answer in launchgate's words; the wait loop
 * and its decision know nothing of any host's vocabulary.
 */
/** What a target reported at one poll. */
export type HostPhase = 'pending' | 'building' | 'live' | 'failed';
export interface HostObservation {
    phase: HostPhase;
    /** One line for the progress log: the host's own state and deploy id. */
    detail: string;
    /** The host's id of the deploy of our commit, when it has one. */
    deployId?: string;
    /** A URL of the deploy (the host's admin page, or the site). */
    url?: string;
}
/** One place the app is deployed to. */
export interface Host {
    /** The target's name from the config, e.g. `frontend`. */
    readonly name: string;
    readonly kind: 'netlify' | 'render' | 'health';
    /** The public URL it serves, used as the deployment's environment URL. */
    readonly url?: string;
    /**
     * Where the deploy of `sha` stands. Rejects with an `ApiError` when the host could not be asked;
     * the wait treats 401/403/404 as the user's to fix and anything else as worth another poll.
     */
    observe(sha: string): Promise<HostObservation>;
}
