import { type ReviewFinding } from './findings.js';
/** One finding per fingerprint: the most severe copy, with the union of agents and the best confidence. */
export declare function dedupeFindings(findings: readonly ReviewFinding[]): ReviewFinding[];
/** Ranked for people: most severe first, then most confident, then by place. */
export declare function rankFindings(findings: readonly ReviewFinding[]): ReviewFinding[];
