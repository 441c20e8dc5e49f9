/**
 * What the request context says about which tools fit: the current page or domain, app state,
 * recent tools and their companions. Pure reads of the context; unknown keys are ignored.
 */
import type { ToolIndex } from './index-build.js';
import type { PrefilterContext } from './types.js';
/** Config the context is read against. */
export interface ContextRules {
    /** page or domain -> categories or tool names it shows. */
    pages: Record<string, readonly string[]>;
    /** tool -> tools usually called after it. */
    companions: Record<string, readonly string[]>;
    /** tool index -> tools acting on the same noun, derived from names (see companions.ts). */
    derived?: ReadonlyMap<number, readonly number[]>;
    recentLimit: number;
}
/** Tools whose category is named in full by the given stems ("forensic engineering", not "engineering"). */
export declare function toolsOfCategoryTerms(index: ToolIndex, stems: ReadonlySet<string>): Set<number>;
/**
 * Tools of the current page or domain: from the `pages` config when a key matches (exactly or as a
 * path prefix), else the categories the page's words name. App state flags that are on (e.g.
 * `activeTrip: true`) name categories the same way.
 */
export declare function contextTools(index: ToolIndex, context: PrefilterContext, rules: ContextRules): Set<number>;
/** The most recent tools that exist in the catalogue, most recent first, at most `limit`. */
export declare function recentTools(index: ToolIndex, context: PrefilterContext, limit: number): number[];
/**
 * Companions of the given tools, as indexes: config `companions` when it lists the tool, else
 * those derived from names (`update_X` after `create_X`).
 */
export declare function companionTools(index: ToolIndex, docs: readonly number[], rules: ContextRules): Set<number>;
/** The text of the last user turns (at most two), for follow-ups that lean on them. */
export declare function historyText(turns: unknown): string;
