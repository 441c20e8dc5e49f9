import type { ConsolidationConfig } from '../../config/sections/consolidation.js';
import type { Report } from '../../report/types.js';
import { type DiscoveredConcern } from './propose.js';
/** Inputs of {@link runDiscover}. */
export interface DiscoverOptions {
    root: string;
    /** The consolidation section: its include, exclude, size cap and duplicate threshold apply. */
    config: ConsolidationConfig;
    cacheDir?: string | false;
    /**
     * Shortest near-duplicate body, in meaningful tokens (default 100: a whole module, not the
     * command or adapter boilerplate two small modules share).
     */
    minTokens?: number;
}
/** Proposes concerns for the repository at `options.root`. */
export declare function runDiscover(options: DiscoverOptions): Promise<Report>;
/** The proposed concerns and the files skipped by the size cap (for `init` too). */
export declare function discoverConcerns(options: DiscoverOptions): Promise<{
    concerns: DiscoveredConcern[];
    skipped: string[];
}>;
