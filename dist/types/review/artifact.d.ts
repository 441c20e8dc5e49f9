import { z } from 'zod';
import { UserError } from '../errors.js';
import type { ReviewCollection } from './collect.js';
import { type ReviewAgent, type ReviewFinding } from './findings.js';
/** The format tag; the aggregate refuses other versions rather than misread them. */
export declare const ARTIFACT_FORMAT = "launchgate-review-findings/1";
export declare const artifactSchema: z.ZodObject<{
    format: z.ZodLiteral<"launchgate-review-findings/1">;
    agent: z.ZodEnum<{
        "code-reviewer": "code-reviewer";
        "security-auditor": "security-auditor";
        "performance-optimizer": "performance-optimizer";
        "database-architect": "database-architect";
        "testing-automation-expert": "testing-automation-expert";
        "devops-engineer": "devops-engineer";
        "react-frontend-specialist": "react-frontend-specialist";
    }>;
    base: z.ZodString;
    head: z.ZodString;
    filesChanged: z.ZodNumber;
    findings: z.ZodArray<z.ZodObject<{
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
    }, z.core.$strip>>;
    outsideDiff: z.ZodNumber;
    failedAnalyzers: z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        error: z.ZodString;
    }, z.core.$strip>>;
    notices: z.ZodArray<z.ZodString>;
    provider: z.ZodObject<{
        requested: z.ZodEnum<{
            offline: "offline";
            anthropic: "anthropic";
            openai: "openai";
        }>;
        llm: z.ZodBoolean;
    }, z.core.$strip>;
    llm: z.ZodOptional<z.ZodObject<{
        provider: z.ZodString;
        model: z.ZodString;
        requests: z.ZodNumber;
        usage: z.ZodObject<{
            inputTokens: z.ZodNumber;
            outputTokens: z.ZodNumber;
            cachedInputTokens: z.ZodNumber;
        }, z.core.$strip>;
        findings: z.ZodNumber;
        dropped: z.ZodObject<{
            'not-in-diff': z.ZodNumber;
            'low-confidence': z.ZodNumber;
            duplicate: z.ZodNumber;
        }, z.core.$strip>;
        incomplete: z.ZodArray<z.ZodEnum<{
            "code-reviewer": "code-reviewer";
            "security-auditor": "security-auditor";
            "performance-optimizer": "performance-optimizer";
            "database-architect": "database-architect";
            "testing-automation-expert": "testing-automation-expert";
            "devops-engineer": "devops-engineer";
            "react-frontend-specialist": "react-frontend-specialist";
        }>>;
    }, z.core.$strip>>;
}, z.core.$strict>;
export type ReviewArtifact = z.output<typeof artifactSchema> & {
    findings: ReviewFinding[];
};
/** An artifact that cannot be read or does not fit with the others (mixed versions, commits). */
export declare class ReviewArtifactError extends UserError {
    readonly name: string;
}
/** One agent's collection as its artifact. */
export declare function toArtifact(agent: ReviewAgent, collection: ReviewCollection): ReviewArtifact;
/** Writes `<dir>/<agent>.json` and returns its path. */
export declare function writeArtifact(dir: string, artifact: ReviewArtifact): Promise<string>;
/** Parses one artifact; `file` names it in the error. */
export declare function parseArtifact(text: string, file: string): ReviewArtifact;
/**
 * Every `*.json` under `dir`, at any depth: download-artifact puts each artifact in its own folder,
 * or all in one with `merge-multiple: true`. A missing folder is no artifacts, not an error.
 */
export declare function readArtifacts(dir: string): Promise<ReviewArtifact[]>;
/** The merged collection, and the expected agents that sent no artifact. */
export interface MergedArtifacts {
    collection: ReviewCollection;
    missingAgents: ReviewAgent[];
}
/**
 * Joins the agents' artifacts into one collection over `expected` agents. Findings are merged in the
 * plan's agent order, so the area a shared finding is reported in does not depend on which job
 * finished first. Artifacts of different commits, or two of one agent, are refused.
 */
export declare function mergeArtifacts(artifacts: readonly ReviewArtifact[], expected: readonly ReviewAgent[]): MergedArtifacts;
