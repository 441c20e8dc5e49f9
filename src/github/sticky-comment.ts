/**
 * Sticky comments: one comment per key on an issue or pull request, edited in place on every
 * run instead of piling up. The comment is found by a hidden HTML marker, not by author, so it
 * works whichever token posted it.
 */
import type { Forge } from '../ports/forge.js'
import { markerComment } from '../report/markdown.js'

/** What {@link upsertStickyComment} did. */
export interface StickyCommentResult {
  action: 'created' | 'updated' | 'unchanged'
  commentId: number
}

/** The hidden line that marks the sticky comment for `key`; invisible in rendered Markdown. */
export function stickyMarker(key: string): string {
  // The key ends up inside an HTML comment: anything that could close it or span lines would
  // break the marker, and a marker that no longer matches means a duplicate on every run.
  if (!/^[\w.:/-]+$/.test(key)) {
    throw new Error(`sticky comment key "${key}" must be letters, digits, and . : / _ - only`)
  }
  // One way to write a hidden marker in launchgate: the report renderer's.
  return markerComment(`launchgate:sticky:${key}`)
}

/**
 * Creates or updates the sticky comment `key` on an issue or pull request so it reads `body`.
 * Never creates a second one: when earlier concurrent runs left duplicates, the oldest is kept
 * and updated and the others are deleted. An identical body is left alone ('unchanged').
 */
export async function upsertStickyComment(
  forge: Forge,
  issueNumber: number,
  key: string,
  body: string,
): Promise<StickyCommentResult> {
  const marker = stickyMarker(key)
  const text = `${marker}\n${body}`
  // GitHub ids grow with time, so the smallest id is the oldest comment.
  const mine = (await forge.listComments(issueNumber))
    .filter((comment) => comment.body.includes(marker))
    .sort((a, b) => a.id - b.id)
  const [keep, ...duplicates] = mine
  if (!keep) {
    const created = await forge.createComment(issueNumber, text)
    return { action: 'created', commentId: created.id }
  }
  for (const duplicate of duplicates) await forge.deleteComment(duplicate.id)
  if (keep.body === text) return { action: 'unchanged', commentId: keep.id }
  await forge.updateComment(keep.id, text)
  return { action: 'updated', commentId: keep.id }
}

/** Deletes the sticky comment `key` (and any duplicates); returns how many were deleted. */
export async function removeStickyComment(forge: Forge, issueNumber: number, key: string): Promise<number> {
  const marker = stickyMarker(key)
  const mine = (await forge.listComments(issueNumber)).filter((comment) => comment.body.includes(marker))
  for (const comment of mine) await forge.deleteComment(comment.id)
  return mine.length
}
