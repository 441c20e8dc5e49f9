/**
 * Judging collected findings: waivers, per-area scores, ranking and the gate. Pure: the caller
 * reads the waivers file and passes today's date. Used by {@link runReview} in one process and by
 * the aggregate job over the matrix's artifacts.
 */
import type { ReviewCollection } from './collect.js';
import type { ReviewAgent } from './findings.js';
import type { ReviewOutcome } from './run.js';
import { type Waiver } from './waivers.js';
/** What the judgement needs besides the findings. */
export interface JudgeOptions {
    waivers: readonly Waiver[];
    minScore: number;
    /** Today as `YYYY-MM-DD`, for waiver expiry. */
    today: string;
    /** Agents whose matrix job sent no findings: their areas were not reviewed, so the gate fails. */
    missingAgents?: readonly ReviewAgent[];
}
/** Applies waivers, scores each area, ranks and gates. */
export declare function judgeReview(collection: ReviewCollection, options: JudgeOptions): ReviewOutcome;
