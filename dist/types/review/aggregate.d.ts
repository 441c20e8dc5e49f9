import type { Runtime } from '../runtime/runtime.js';
import { reviewReport } from './report.js';
import { type ReviewOutcome } from './run.js';
export interface ReviewAggregateRequest {
    /** The folder holding the agents' artifacts (relative to the workspace). */
    findingsDir: string;
    /** The agents expected, comma-separated; the config's when absent. */
    agents?: string;
    /** The bar each area must pass; the config's when absent. */
    minScore?: string;
}
export interface ReviewAggregate {
    outcome: ReviewOutcome;
    report: ReturnType<typeof reviewReport>;
    /** The waivers file, relative to the root (line comments link to it). */
    waivers: string;
}
/** Merges, waives, scores and gates. */
export declare function aggregateReview(runtime: Runtime, request: ReviewAggregateRequest): Promise<ReviewAggregate>;
