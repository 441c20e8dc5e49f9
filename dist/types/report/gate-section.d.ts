import { type HeadCommit } from './gate-links.js';
import type { Finding, Report } from './types.js';
/** How a capability's part of the gate stands. */
export type GateStatus = 'passed' | 'failed' | 'inconclusive' | 'pending';
/** One capability's part of the gate comment. */
export interface GateSection {
    /** Capability name; letters, digits and `-` (it is part of the hidden markers). */
    capability: string;
    status: GateStatus;
    /** Markdown shown under the comment's headline: why this capability fails (empty when it passes). */
    reasons: string;
    /** Markdown shown in this capability's own section below. */
    details: string;
}
/** Options of {@link gateSection}. */
export interface GateSectionOptions {
    /** The head commit, for links to the lines; without it locations are plain text. */
    head?: HeadCommit;
    /** Reasons listed before "and N more" (default 5). */
    maxReasons?: number;
    /** Rows of the findings table (default 30); the rest are counted. */
    maxRows?: number;
    /** Characters of a message in a table cell (default 240): a long message must not widen the table. */
    maxMessageChars?: number;
}
export declare const STATUS_ICON: Record<GateStatus, string>;
/** The status a report stands for. */
export declare function statusOf(report: Report): GateStatus;
/** `src/a.ts:12` as a link to the line at the head, or as plain text without a head. */
export declare function locationLink(finding: Finding, head: HeadCommit | undefined): string;
/**
 * Builds a capability's part of the gate comment from its report.
 * @example gateSection(reviewReport, { head: { repository: 'acme/app', sha } })
 */
export declare function gateSection(report: Report, options?: GateSectionOptions): GateSection;
/** A capability whose job has not reported yet. */
export declare function pendingSection(capability: string): GateSection;
