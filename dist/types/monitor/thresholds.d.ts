/**
 * The numbers a decision is judged against: the plan's rollback triggers plus the evidence each
 * needs. One shape for the config file (kebab-case), the replay file (camelCase) and the code.
 */
import type { z } from 'zod';
import type { monitorSchema } from '../config/sections/monitor.js';
type MonitorConfig = z.output<typeof monitorSchema>;
export interface Thresholds {
    /** Share of failed HTTP requests above which the release is bad (plan: 5%). */
    errorRate: number;
    /** Share of failed WebSocket connections (plan: 10%). */
    websocketFailureRate: number;
    /** Response time P95 in milliseconds (plan: 5 s). */
    p95Ms: number;
    /** Requests a bucket needs before its error rate or P95 counts. */
    minRequests: number;
    /** WebSocket attempts a bucket needs before its failure rate counts. */
    minWebsocketAttempts: number;
    /** Failing probes among the last `2n − 1` that confirm a health or check failure (a hard signal). */
    healthProbes: number;
    /** Failing buckets in a row before a soft signal fails. */
    consecutiveBuckets: number;
    /** One-sided confidence of the Wilson bound a failure rate must clear. */
    confidence: number;
}
/** The launch plan's triggers and this tool's evidence defaults; the config schema has the same. */
export declare const PLAN_THRESHOLDS: Readonly<Thresholds>;
/** The thresholds of a validated `monitor` config section. */
export declare function thresholdsFromConfig(config: MonitorConfig): Thresholds;
/** Later layers win key by key: plan defaults, then the config file, then a replay file. */
export declare function mergeThresholds(base: Thresholds, ...overrides: Array<Partial<Thresholds> | undefined>): Thresholds;
export {};
