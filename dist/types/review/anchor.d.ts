/**
 * Turns analyzer hits into review findings anchored to the change: fingerprints from the offending
 * line's content, evidence, the reporting agents among those selected, validation, and the
 * changed-lines filter (issue 5, item 3): a hit outside the diff's added lines was there before
 * this change and does not count against it.
 */
import type { ChangeSet } from './change.js';
import { type FindingCandidate, type ReviewAgent, type ReviewFinding } from './findings.js';
/** Findings on added lines, and how many hits fell outside them. */
export interface AnchoredFindings {
    findings: ReviewFinding[];
    outsideDiff: number;
}
/** Anchors every candidate; candidates whose rule no selected agent reports are dropped. */
export declare function anchorFindings(candidates: readonly FindingCandidate[], change: ChangeSet, selected: ReadonlySet<ReviewAgent>): AnchoredFindings;
