import type { Analyzer } from '../analyzer.js';
import type { FindingCandidate } from '../findings.js';
export declare const WORKFLOW_FILE: RegExp;
/** The engine's regular-persona findings for one file, as review candidates. */
export declare function checkWorkflow(path: string, text: string): FindingCandidate[];
export declare const workflowsAnalyzer: Analyzer;
