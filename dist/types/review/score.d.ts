/**
 * Per-area scores, 0 to 10. The formula, documented for users:
 *
 *   score(area) = max(0, 10 - (10·CRITICAL + 3·HIGH + 1·MEDIUM + min(1, 0.25·LOW)))
 *
 * over the area's open findings (waived ones do not count), rounded to one decimal. A finding
 * counts in every area that reports it. So one CRITICAL zeroes an area, one HIGH drops it to 7
 * (below the default min-score of 8), two MEDIUMs to 8 (not above 8). LOW findings together take
 * at most one point: the launch plan defers LOW to after the launch, so LOWs alone never fail an
 * area, however many a large change has.
 */
import type { ReviewAgent, ReviewFinding, ReviewSeverity } from './findings.js';
export declare const SEVERITY_WEIGHTS: Readonly<Record<ReviewSeverity, number>>;
export declare const MAX_SCORE = 10;
/** The most all LOW findings of an area can take off its score. */
export declare const LOW_PENALTY_CAP = 1;
/** The score of one area from its open findings. */
export declare function areaScore(findings: readonly ReviewFinding[]): number;
/** Scores of every selected area (an area with no findings scores 10). */
export declare function scoreAreas(findings: readonly ReviewFinding[], agents: readonly ReviewAgent[]): Record<ReviewAgent, number>;
