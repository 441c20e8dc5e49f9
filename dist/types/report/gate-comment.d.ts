import { type GateSection } from './gate-section.js';
/** The hidden marker that finds the gate comment among a PR's comments. */
export declare const GATE_MARKER = "launchgate:pr-gate";
/** How a section cut to fit the comment begins: its writer still counts it as written. */
export declare const TOO_LONG = "_Too long for this comment";
/** Options of {@link renderGateComment}. */
export interface GateCommentOptions {
    /** Character limit; GitHub's comment limit by default. */
    maxChars?: number;
    /** Where a section too long for the comment can be read in full (e.g. the run's summary URL). */
    fullReportUrl?: string;
}
/**
 * Renders the whole comment. When it would exceed the limit, the longest sections' details are
 * replaced by a pointer to the full report until it fits; the reasons are never cut.
 */
export declare function renderGateComment(sections: readonly GateSection[], options?: GateCommentOptions): string;
/** Reads the sections back from a gate comment's body; unknown text is ignored. */
export declare function parseGateComment(body: string): GateSection[];
/**
 * The comment after one capability's job reported: its section replaced (or added), the others as
 * they were. `body` is the current comment's body, or undefined when there is none yet.
 * @example upsertGateComment(existing?.body, gateSection(report, { head }), { fullReportUrl })
 */
export declare function upsertGateComment(body: string | undefined, section: GateSection, options?: GateCommentOptions): string;
/**
 * A capability's job summary in the gate comment's shape: its verdict and reasons first, then its
 * details (unfolded: a summary has room, and it is where a shortened comment points).
 */
export declare function renderGateSummary(section: GateSection, title: string): string;
