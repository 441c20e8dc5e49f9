/** A Netlify site found in the repository. */
export interface NetlifyFacts {
    /** The netlify.toml that names it, relative to the root. */
    config: string;
    /** The site id when exactly one is written down; the API also accepts the site's domain. */
    siteId?: string;
    /** Where the id was read. */
    siteIdFrom?: string;
}
/** One service of a Render Blueprint. */
export interface RenderService {
    name: string;
    type: string;
    healthCheckPath?: string;
}
/** A Render Blueprint found in the repository. */
export interface RenderFacts {
    config: string;
    services: RenderService[];
    /** `srv-...` ids written in the repository, distinct, in order of appearance. */
    serviceIds: string[];
    serviceIdsFrom: string[];
}
/**
 * Reads Netlify's facts; `netlifyToml` is the netlify.toml found (root first), `notes` the README
 * and workflow texts where ids are looked for.
 */
export declare function detectNetlify(root: string, netlifyToml: string | undefined, notes: Array<[string, string]>): Promise<NetlifyFacts | undefined>;
/** Reads a Render Blueprint's services; undefined when there is none or it does not parse. */
export declare function detectRender(root: string, notes: Array<[string, string]>): Promise<RenderFacts | undefined>;
