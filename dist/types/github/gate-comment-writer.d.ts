/**
 * Writes one capability's section of the single PR gate comment. The capabilities' jobs run in
 * parallel and GitHub has no conditional update of a comment, so each job reads the comment,
 * replaces its own section, writes it back, waits for a concurrent writer to land and reads again:
 * when its section was overwritten by a job that read before its write, it writes again. Two jobs
 * that both found no comment create two: the next read merges the younger one's sections into the
 * oldest and deletes it, so the PR converges to one comment with every section.
 */
import type { Forge } from '../ports/forge.js';
import { type GateCommentOptions } from '../report/gate-comment.js';
import type { GateSection } from '../report/gate-section.js';
/** Options of {@link upsertGateSection}. */
export interface GateWriteOptions extends GateCommentOptions {
    /** How long a concurrent writer may take to land before the section is checked (1.5 s by default). */
    settleMs?: number;
    /** Write attempts before giving up (5 by default). */
    attempts?: number;
    sleep?: (ms: number) => Promise<void>;
}
/** What {@link upsertGateSection} did. */
export interface GateWriteResult {
    action: 'created' | 'updated' | 'unchanged';
    commentId: number;
    /** Writes it took because a concurrent job overwrote the section (0 when none did). */
    rewrites: number;
}
/** Thrown when the section could not be made to stick (a writer kept overwriting it). */
export declare class GateCommentContentionError extends Error {
    readonly name: string;
}
/** Creates or updates the gate comment so it holds `section`, leaving the other sections as they are. */
export declare function upsertGateSection(forge: Forge, pullNumber: number, section: GateSection, options?: GateWriteOptions): Promise<GateWriteResult>;
