/**
 * Re-anchoring: a model cites lines loosely, so each LLM finding is moved onto a real added line of
 * the diff, or dropped. The quote the model copied wins (the added line of that file whose content
 * matches it, nearest the cited number); without a matching quote, the cited line itself when it
 * was added, else the nearest added line within a few lines. Anything else does not point at the
 * diff and is dropped, as is a finding the analyzers already made on the same line.
 */
import type { ChangeSet, ChangedSource } from '../change.js';
import type { FindingCandidate, ReviewAgent, ReviewFinding } from '../findings.js';
import type { LlmFinding } from './answer.js';
/** How far (in lines) a cited number may be from the added line it is moved to. */
export declare const SNAP_LINES = 3;
/** LLM findings rank below deterministic ones of the same severity. */
export declare const MAX_LLM_CONFIDENCE = 0.85;
/** Why a finding was dropped, counted for the summary. */
export type DropReason = 'not-in-diff' | 'low-confidence' | 'duplicate';
/** What re-anchoring kept and dropped. */
export interface Reanchored {
    candidates: FindingCandidate[];
    dropped: Record<DropReason, number>;
}
/** The added line a finding points at, or undefined when it points nowhere in the diff. */
export declare function anchorLine(file: ChangedSource | undefined, finding: LlmFinding): number | undefined;
/** Turns one agent's validated answers into candidates on real added lines. */
export declare function reanchor(input: {
    agent: ReviewAgent;
    findings: readonly LlmFinding[];
    change: ChangeSet;
    /** The analyzers' findings: the LLM repeating one of them on the same line is dropped. */
    grounding: readonly ReviewFinding[];
    minConfidence: number;
    source: string;
}): Reanchored;
