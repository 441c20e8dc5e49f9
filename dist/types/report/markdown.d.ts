import type { Finding, Report } from './types.js';
/** Options of {@link renderMarkdown}. */
export interface MarkdownOptions {
    /** Hidden marker written first (`<!-- marker -->`) so a sticky comment can be found and updated. */
    marker?: string;
    /** Findings listed in the table; the rest are counted as "and N more". Default 100. */
    maxFindings?: number;
    /** A link for a finding's location, e.g. a blob URL at the head commit; non-http(s) URLs are ignored. */
    links?: (finding: Finding) => string | undefined;
    /** Character limit; default {@link COMMENT_MAX_CHARS}, GitHub's comment body limit. */
    maxChars?: number;
    /** Byte limit; default {@link SUMMARY_MAX_BYTES}, GitHub's job summary limit. */
    maxBytes?: number;
    /** Appended when the document had to be cut; say where the full report is. */
    truncationNote?: string;
}
/**
 * The HTML comment that marks a sticky comment. Characters that could end the comment early (`--`, `>`)
 * are dropped, so use this function both to write and to search for the marker.
 */
export declare function markerComment(marker: string): string;
/**
 * Renders a report as GitHub-flavoured markdown. Findings come right after the headline, before the
 * sections, so when a document must be cut it loses context rather than the reasons for the verdict.
 */
export declare function renderMarkdown(report: Report, options?: MarkdownOptions): string;
