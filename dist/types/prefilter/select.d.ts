/**
 * The cut: which tools to send given each one's relevance. Adaptive on the score distribution (keep
 * what scores close to the best match), with a floor so a weak best match never leaves the model
 * a single guess, and a budget in tools and tokens that mandatory tools never lose to.
 */
import type { KeepReason } from './types.js';
/** How relevance turns into a kept set. */
export interface CutOptions {
    /** Keep tools whose relevance is at least this share of the best match's. */
    threshold: number;
    /** Keep at least this many matching tools (when that many match at all). */
    minTools: number;
    /** Keep at most this many tools chosen by relevance (besides core and recent ones). */
    maxRelevant: number;
    /** Budget for the whole request, core and recent tools included. */
    maxTools?: number;
    maxTokens?: number;
}
export declare const DEFAULT_CUT: CutOptions;
/**
 * The cut for a catalogue of `size` tools: the floor and the cap shrink with small catalogues
 * (at most ~6% and ~12% of the tools by count) so a 50-tool app still saves 80%+ of its tokens.
 */
export declare function cutFor(options: CutOptions, size: number): CutOptions;
/** A tool chosen so far and why. */
export interface Choice {
    doc: number;
    reasons: KeepReason[];
}
/** Adds a reason to the choice of `doc`, creating it when new. */
export declare function choose(chosen: Map<number, Choice>, doc: number, reason: KeepReason): void;
/**
 * Picks tools by relevance into `chosen`, best first, until the cut or the budget stops it.
 * @param relevance each tool's relevance, 0..1
 * @param tokens each tool's token count
 * @param reasonOf why a tool is kept (relevance, context, category...)
 * @param favoured tools of the current page or a category the message names
 */
export declare function cut(chosen: Map<number, Choice>, relevance: Float64Array, tokens: readonly number[], options: CutOptions, reasonOf: (doc: number) => KeepReason[], favoured?: ReadonlySet<number>): void;
/**
 * Adds tools in catalogue order while the budget allows: the safe fallback when nothing in the
 * message matched (keep more, not fewer).
 */
export declare function fill(chosen: Map<number, Choice>, docs: Iterable<number>, tokens: readonly number[], options: CutOptions, reason: KeepReason): void;
