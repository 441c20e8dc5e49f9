import type { Analyzer } from '../analyzer.js';
import type { FindingCandidate } from '../findings.js';
export declare const WORKFLOW_FILE: RegExp;
/** The hits of launchgate's own workflow checks in one file. */
export declare function checkWorkflow(path: string, text: string): FindingCandidate[];
export declare const workflowsAnalyzer: Analyzer;
