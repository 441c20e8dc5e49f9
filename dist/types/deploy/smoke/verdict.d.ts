/**
 * Pure verdicts of the smoke tests: does an answer meet its expectation (status, JSON fields,
 * latency budget), and is the P95 of the HTTP requests within the plan's budget.
 */
import type { LatencyVerdict, SmokeResult } from '../types.js';
/** What a check expects of an answer. */
export interface Expectation {
    status: number;
    /** Dotted paths (`checks.database.0.status`) and the values they must hold. */
    json: Record<string, string | number | boolean | null>;
    'latency-ms'?: number;
}
/** An answer as measured; `error` when none arrived. */
export interface MeasuredAnswer {
    status?: number;
    body?: unknown;
    latencyMs: number;
    error?: string;
}
/** The value at a dotted path of a JSON value; numeric segments index arrays. */
export declare function valueAt(body: unknown, path: string): unknown;
/** Why the answer misses the expectation; empty when it meets it. */
export declare function answerProblems(expect: Expectation, answer: MeasuredAnswer): string[];
/**
 * The 95th percentile by the nearest-rank method: the smallest sample at or above 95 % of them.
 * With few samples it is the slowest one, which is the honest answer for a budget check.
 */
export declare function p95(samples: readonly number[]): number | undefined;
/** The P95 of every HTTP request the smoke tests made, against the budget (strictly below it). */
export declare function latencyVerdict(results: readonly SmokeResult[], budgetMs: number): LatencyVerdict;
/** True when every test passed and the P95 is within budget. */
export declare function smokePassed(results: readonly SmokeResult[], latency: LatencyVerdict): boolean;
