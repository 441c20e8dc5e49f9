/**
 * The review as the shared {@link Report}: findings, a table per area (score, counts by severity,
 * the area's gate result), what the LLM pass did, the gate's reasons and the notices. JSON adds
 * `scores`, `gate` and the rest via `data`, and names each finding's agent at the top level (the
 * CLI's documented contract).
 */
import type { Report } from '../report/types.js';
import type { ReviewOutcome } from './run.js';
/** Builds the report of a review. */
export declare function reviewReport(outcome: ReviewOutcome, minScore: number): Report;
