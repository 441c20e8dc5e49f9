import { type Evidence, type ModuleFacts } from './links.js';
/** A concern proposed for the config. */
export interface DiscoveredConcern {
    name: string;
    canonical: string[];
    deprecated: string[];
    evidence: Evidence[];
    /** How many modules import each member (what a migration has to move). */
    importers: Record<string, number>;
    /** External API signatures every member calls: candidates for `forbidden-signatures`. */
    signatures: string[];
}
/** What discovery reads. */
export interface DiscoverFacts {
    modules: ModuleFacts[];
    /** Every file of the scan (copies like `x.ts.old` are not modules). */
    allFiles: string[];
    importers: Map<string, number>;
    /** Modification times (ms), for "the newest". */
    mtimes: Map<string, number>;
    minTokens: number;
}
/** The proposed concerns, largest first, tool copies last. */
export declare function proposeConcerns(facts: DiscoverFacts): DiscoveredConcern[];
