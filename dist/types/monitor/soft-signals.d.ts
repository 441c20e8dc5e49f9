import { type HttpBucket, type SourceFailure, type WebSocketBucket } from './samples.js';
import type { Thresholds } from './thresholds.js';
import { type SignalVerdict } from './verdict.js';
/** The reason of an INCONCLUSIVE verdict, shared by the soft signals. */
export declare function inconclusiveReason(verdict: SignalVerdict, seen: string, need: number): string;
/** The HTTP error rate of the deployed release. */
export declare function errorRateVerdict(series: ReadonlyArray<HttpBucket | SourceFailure>, now: number, t: Thresholds): SignalVerdict;
/** The share of WebSocket connection attempts that failed. */
export declare function websocketVerdict(series: ReadonlyArray<WebSocketBucket | SourceFailure>, now: number, t: Thresholds): SignalVerdict;
/**
 * Response time P95. A P95 of a handful of requests is one slow request, so a bucket counts only
 * with the same minimum of requests as the error rate; its value is compared as given.
 */
export declare function p95Verdict(series: ReadonlyArray<HttpBucket | SourceFailure>, now: number, t: Thresholds): SignalVerdict;
