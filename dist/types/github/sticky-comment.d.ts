/**
 * Sticky comments: one comment per key on an issue or pull request, edited in place on every
 * run instead of piling up. The comment is found by a hidden HTML marker, not by author, so it
 * works whichever token posted it.
 */
import type { Forge } from '../ports/forge.js';
/** What {@link upsertStickyComment} did. */
export interface StickyCommentResult {
    action: 'created' | 'updated' | 'unchanged';
    commentId: number;
}
/** The hidden line that marks the sticky comment for `key`; invisible in rendered Markdown. */
export declare function stickyMarker(key: string): string;
/**
 * Creates or updates the sticky comment `key` on an issue or pull request so it reads `body`.
 * Never creates a second one: when earlier concurrent runs left duplicates, the oldest is kept
 * and updated and the others are deleted. An identical body is left alone ('unchanged').
 */
export declare function upsertStickyComment(forge: Forge, issueNumber: number, key: string, body: string): Promise<StickyCommentResult>;
/** Deletes the sticky comment `key` (and any duplicates); returns how many were deleted. */
export declare function removeStickyComment(forge: Forge, issueNumber: number, key: string): Promise<number>;
