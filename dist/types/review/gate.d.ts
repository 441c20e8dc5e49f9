import type { ReviewAgent, ReviewFinding } from './findings.js';
/** What the gate decides from. */
export interface GateInput {
    /** Open findings (waivers applied). */
    findings: readonly ReviewFinding[];
    scores: Readonly<Partial<Record<ReviewAgent, number>>>;
    minScore: number;
    /** Analyzers that failed to run, by name and error; any of them fails the gate. */
    failedAnalyzers: ReadonlyArray<{
        name: string;
        error: string;
    }>;
    /** Agents of the matrix whose job sent no findings; any of them fails the gate. */
    missingAgents?: readonly ReviewAgent[];
}
/** The verdict: `reasons` says why it failed and is empty when it passed. */
export interface GateResult {
    passed: boolean;
    reasons: string[];
}
/** Applies the gate. */
export declare function decideGate(input: GateInput): GateResult;
