/**
 * Performance patterns (performance-optimizer), found on the AST:
 * - `await-in-loop-query`: a query awaited inside a loop runs N round trips one after another
 *   (the N+1 pattern); batch it or run the calls together.
 * - `sync-io-in-handler`: `fs.*Sync` / `execSync` inside a request handler blocks every other
 *   request of the process while it runs.
 */
import type { Analyzer } from '../analyzer.js';
import type { FindingCandidate } from '../findings.js';
/** The performance hits of one file. */
export declare function findPerformanceIssues(path: string, text: string): FindingCandidate[];
export declare const performanceAnalyzer: Analyzer;
