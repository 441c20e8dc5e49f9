/**
 * Writes one capability's section of the single PR gate comment. The capabilities' jobs run in
 * parallel and GitHub has no conditional update of a comment, so each job reads the comment,
 * replaces its own section, writes it back, waits for a concurrent writer to land and reads again:
 * when its section was overwritten by a job that read before its write, it writes again. Two jobs
 * that both found no comment create two: the next read merges the younger one's sections into the
 * oldest and deletes it, so the PR converges to one comment with every section.
 */
import type { Comment, Forge } from '../ports/forge.js'
import {
  GATE_MARKER,
  parseGateComment,
  renderGateComment,
  TOO_LONG,
  type GateCommentOptions,
} from '../report/gate-comment.js'
import type { GateSection } from '../report/gate-section.js'
import { markerComment } from '../report/markdown.js'

/** Options of {@link upsertGateSection}. */
export interface GateWriteOptions extends GateCommentOptions {
  /** How long a concurrent writer may take to land before the section is checked (1.5 s by default). */
  settleMs?: number
  /** Write attempts before giving up (5 by default). */
  attempts?: number
  sleep?: (ms: number) => Promise<void>
}

/** What {@link upsertGateSection} did. */
export interface GateWriteResult {
  action: 'created' | 'updated' | 'unchanged'
  commentId: number
  /** Writes it took because a concurrent job overwrote the section (0 when none did). */
  rewrites: number
}

/** Thrown when the section could not be made to stick (a writer kept overwriting it). */
export class GateCommentContentionError extends Error {
  override readonly name: string = 'GateCommentContentionError'
}

const MARKER = markerComment(GATE_MARKER)

/** Whether `body` holds `section` exactly as it would be written. */
function holds(body: string, section: GateSection): boolean {
  const found = parseGateComment(body).find((s) => s.capability === section.capability)
  return (
    found !== undefined &&
    found.status === section.status &&
    found.reasons === section.reasons &&
    // A section shortened to fit the comment still counts as written.
    (found.details === section.details || found.details.startsWith(TOO_LONG))
  )
}

/** The gate comments on the PR, oldest first (GitHub ids grow with time). */
async function gateComments(forge: Forge, pullNumber: number): Promise<Comment[]> {
  return (await forge.listComments(pullNumber))
    .filter((c) => c.body.includes(MARKER))
    .sort((a, b) => a.id - b.id)
}

/**
 * The oldest comment's sections with the younger duplicates' sections it lacks, and `section`
 * in place of its own.
 */
function merged(comments: readonly Comment[], section: GateSection): GateSection[] {
  const sections = new Map<string, GateSection>()
  for (const comment of comments)
    for (const s of parseGateComment(comment.body))
      if (!sections.has(s.capability)) sections.set(s.capability, s)
  sections.set(section.capability, section)
  return [...sections.values()]
}

/** Creates or updates the gate comment so it holds `section`, leaving the other sections as they are. */
export async function upsertGateSection(
  forge: Forge,
  pullNumber: number,
  section: GateSection,
  options: GateWriteOptions = {},
): Promise<GateWriteResult> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)))
  const attempts = options.attempts ?? 5
  let result: Omit<GateWriteResult, 'rewrites'> | undefined
  for (let attempt = 0; attempt < attempts; attempt++) {
    const comments = await gateComments(forge, pullNumber)
    const [keep, ...duplicates] = comments
    const body = renderGateComment(merged(comments, section), options)
    if (!keep) {
      const created = await forge.createComment(pullNumber, body)
      result ??= { action: 'created', commentId: created.id }
    } else {
      if (keep.body !== body) await forge.updateComment(keep.id, body)
      for (const duplicate of duplicates) await forge.deleteComment(duplicate.id)
      result ??= { action: keep.body === body ? 'unchanged' : 'updated', commentId: keep.id }
    }
    // A job that read before this write and writes after it would drop this section: look again.
    await sleep(options.settleMs ?? 1500)
    const now = await gateComments(forge, pullNumber)
    if (now.length === 1 && holds(now[0]!.body, section))
      return { ...result, commentId: now[0]!.id, rewrites: attempt }
  }
  throw new GateCommentContentionError(
    `the ${section.capability} section of the PR gate comment on #${pullNumber} was overwritten ${attempts} times by concurrent jobs`,
  )
}
