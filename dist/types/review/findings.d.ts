/**
 * The one findings schema every review agent produces (issue 5, item 1). A review finding is a
 * report {@link Finding} whose review-specific fields (agent, confidence, evidence, suggested fix)
 * travel in `properties`, so every renderer (JSON, SARIF, markdown, annotations) shows them without
 * knowing about review. The zod schema checks what analyzers (and later the LLM pass) hand in.
 */
import { z } from 'zod';
import { REVIEW_AGENTS } from '../config/sections/review.js';
import type { Finding } from '../report/types.js';
/** One of the plan's seven reviewers. */
export type ReviewAgent = (typeof REVIEW_AGENTS)[number];
/** The severities a review finding may have; INFO is not a review outcome. */
export declare const REVIEW_SEVERITIES: readonly ["CRITICAL", "HIGH", "MEDIUM", "LOW"];
export type ReviewSeverity = (typeof REVIEW_SEVERITIES)[number];
/** Review-specific fields, carried in {@link Finding.properties}. */
export declare const reviewPropertiesSchema: z.ZodObject<{
    agent: z.ZodEnum<{
        "code-reviewer": "code-reviewer";
        "security-auditor": "security-auditor";
        "performance-optimizer": "performance-optimizer";
        "database-architect": "database-architect";
        "testing-automation-expert": "testing-automation-expert";
        "devops-engineer": "devops-engineer";
        "react-frontend-specialist": "react-frontend-specialist";
    }>;
    agents: z.ZodArray<z.ZodEnum<{
        "code-reviewer": "code-reviewer";
        "security-auditor": "security-auditor";
        "performance-optimizer": "performance-optimizer";
        "database-architect": "database-architect";
        "testing-automation-expert": "testing-automation-expert";
        "devops-engineer": "devops-engineer";
        "react-frontend-specialist": "react-frontend-specialist";
    }>>;
    confidence: z.ZodNumber;
    evidence: z.ZodString;
    suggestedFix: z.ZodOptional<z.ZodString>;
    source: z.ZodString;
}, z.core.$strip>;
/** A finding ready to be scored, gated and rendered. */
export declare const reviewFindingSchema: z.ZodObject<{
    rule: z.ZodString;
    severity: z.ZodEnum<{
        CRITICAL: "CRITICAL";
        HIGH: "HIGH";
        MEDIUM: "MEDIUM";
        LOW: "LOW";
    }>;
    title: z.ZodString;
    message: z.ZodString;
    file: z.ZodString;
    line: z.ZodNumber;
    endLine: z.ZodNumber;
    column: z.ZodOptional<z.ZodNumber>;
    fingerprint: z.ZodString;
    properties: z.ZodObject<{
        agent: z.ZodEnum<{
            "code-reviewer": "code-reviewer";
            "security-auditor": "security-auditor";
            "performance-optimizer": "performance-optimizer";
            "database-architect": "database-architect";
            "testing-automation-expert": "testing-automation-expert";
            "devops-engineer": "devops-engineer";
            "react-frontend-specialist": "react-frontend-specialist";
        }>;
        agents: z.ZodArray<z.ZodEnum<{
            "code-reviewer": "code-reviewer";
            "security-auditor": "security-auditor";
            "performance-optimizer": "performance-optimizer";
            "database-architect": "database-architect";
            "testing-automation-expert": "testing-automation-expert";
            "devops-engineer": "devops-engineer";
            "react-frontend-specialist": "react-frontend-specialist";
        }>>;
        confidence: z.ZodNumber;
        evidence: z.ZodString;
        suggestedFix: z.ZodOptional<z.ZodString>;
        source: z.ZodString;
    }, z.core.$strip>;
}, z.core.$strip>;
export type ReviewFinding = z.output<typeof reviewFindingSchema> & Finding;
export type ReviewProperties = z.output<typeof reviewPropertiesSchema>;
/**
 * What an analyzer reports before it is fingerprinted: a rule hit at a place. `agents` lists the
 * areas the rule belongs to, owner first; the owner is part of the fingerprint, so the same hit
 * reported by two agents' jobs gets one fingerprint and is merged.
 */
export interface FindingCandidate {
    rule: string;
    agents: readonly ReviewAgent[];
    severity: ReviewSeverity;
    title: string;
    message: string;
    file: string;
    line: number;
    endLine?: number;
    column?: number;
    confidence: number;
    source: string;
    suggestedFix?: string;
    /**
     * The text the fingerprint and evidence are taken from when the line itself must not be shown
     * (a secret, masked). Defaults to the content of `line` at head.
     */
    anchorText?: string;
}
/** Validates a finding; a failure is a bug in an analyzer, so it throws with the rule named. */
export declare function validateFinding(finding: unknown): ReviewFinding;
