import { type CollectOptions, type LlmRunSummary } from './collect.js';
import type { ReviewAgent, ReviewFinding } from './findings.js';
import type { GateResult } from './gate.js';
import type { ProviderName } from './provider.js';
import { type WaivedFinding, type Waiver } from './waivers.js';
export { collectReview, type CollectOptions, type ReviewCollection } from './collect.js';
export { judgeReview } from './judge.js';
/** What to review and how. */
export interface ReviewOptions extends CollectOptions {
    minScore: number;
    /** Waivers file, relative to the root, read at `head`. */
    waiversPath: string;
    /** Today as `YYYY-MM-DD`, for waiver expiry; the caller owns the clock. */
    today: string;
}
/** Everything the review found and decided. */
export interface ReviewOutcome {
    base: string;
    head: string;
    agents: ReviewAgent[];
    filesChanged: number;
    /** Open findings, ranked. */
    findings: ReviewFinding[];
    waived: WaivedFinding[];
    expiredWaivers: Waiver[];
    refusedWaivers: Waiver[];
    /** Hits in changed files but outside the added lines (not counted). */
    outsideDiff: number;
    scores: Record<ReviewAgent, number>;
    gate: GateResult;
    provider: {
        requested: ProviderName;
        llm: boolean;
    };
    /** Things the reader must know: the LLM pass did not run, a tool was skipped, a file did not parse. */
    notices: string[];
    failedAnalyzers: Array<{
        name: string;
        error: string;
    }>;
    /** Agents of the matrix that reported nothing (aggregate only). */
    missingAgents: ReviewAgent[];
    llm?: LlmRunSummary;
}
/** The waivers in force at `head`: the file as committed, so a PR cannot waive by a local edit. */
export declare function readWaivers(root: string, head: string, waiversPath: string): Promise<Waiver[]>;
/** Reviews the change between `base` and `head` of the repository at `root`. */
export declare function runReview(options: ReviewOptions): Promise<ReviewOutcome>;
