import type { Tool } from '../prefilter/types.js';
/** A proposed prefilter section, with the reasons `init` prints. */
export interface PrefilterProposal {
    coreTools: string[];
    /** Gate: never above the attainable reduction. */
    minTokenReduction: number;
    /** Reported, not gated: the plan's 87%, or what the catalogue allows. */
    targetTokenReduction: number;
    /** 1 - core tokens / all tokens: the most any filter that sends the core tools can save. */
    attainableReduction: number;
    /** One line per decision, for the init report. */
    reasons: string[];
}
/** True for a getter of ambient context: `get_time`, `get_user_location`, `get_me`, `current_user`. */
export declare function readsContext(tool: Tool): boolean;
/**
 * Core tools and gates for a catalogue.
 * @param tools the registry's tools, in file order
 */
export declare function proposeForTools(tools: readonly Tool[]): PrefilterProposal;
/**
 * The proposal for the registry file `init` found; undefined with a reason when the file cannot be
 * read as tools (init then writes the defaults and says why, never fails on it).
 */
export declare function proposePrefilter(text: string, file: string): {
    proposal?: PrefilterProposal;
    problem?: string;
};
