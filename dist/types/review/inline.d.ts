/**
 * Inline review comments for CRITICAL and HIGH findings, on the diff lines they point at. Each
 * comment carries its finding's fingerprint in a hidden marker, so a re-run on the same commit
 * finds it already posted and posts nothing, and a new commit adds only the findings that are new.
 * Pure: the caller lists the pull request's review comments and posts the plan.
 */
import type { ReviewComment } from '../ports/forge.js';
import type { ReviewFinding, ReviewSeverity } from './findings.js';
/** Severities worth a comment on the line; the rest are in the summary comment only. */
export declare const INLINE_SEVERITIES: ReadonlySet<ReviewSeverity>;
/** At most this many new line comments per run: a flood helps nobody, the summary lists all. */
export declare const MAX_INLINE_COMMENTS = 30;
/** The hidden line that identifies a finding's comment. */
export declare function findingMarker(fingerprint: string): string;
/** Fingerprints of the findings that already have a comment, read from the comments' markers. */
export declare function postedFingerprints(bodies: readonly string[]): Set<string>;
/** The comment of one finding; text from the repository or a model is escaped. */
export declare function inlineCommentBody(finding: ReviewFinding, waiversPath: string): string;
/** What to post, and what was left out. */
export interface InlinePlan {
    comments: ReviewComment[];
    /** CRITICAL and HIGH findings that already have their comment. */
    alreadyPosted: number;
    /** New ones beyond {@link MAX_INLINE_COMMENTS}. */
    overLimit: number;
}
/**
 * The comments to post for `findings` (ranked, most severe first) given the fingerprints already
 * posted. `pathPrefix` is the reviewed root inside the repository, for paths GitHub resolves.
 */
export declare function planInlineComments(findings: readonly ReviewFinding[], posted: ReadonlySet<string>, options: {
    pathPrefix?: string;
    waiversPath: string;
    max?: number;
}): InlinePlan;
