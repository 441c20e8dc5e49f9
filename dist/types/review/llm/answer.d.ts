/**
 * What the model must answer: a list of findings in the one findings schema's terms, minus what
 * launchgate computes itself (agent, fingerprint, evidence). The same zod schema validates the
 * answer and, loosened to what strict structured-output modes accept, is sent as its JSON Schema.
 */
import { z } from 'zod';
/** At most this many findings per answer: more is noise, and a runaway answer is cut here. */
export declare const MAX_ANSWER_FINDINGS = 25;
export declare const llmFindingSchema: z.ZodObject<{
    file: z.ZodString;
    line: z.ZodNumber;
    endLine: z.ZodNullable<z.ZodNumber>;
    quote: z.ZodString;
    severity: z.ZodEnum<{
        CRITICAL: "CRITICAL";
        HIGH: "HIGH";
        MEDIUM: "MEDIUM";
        LOW: "LOW";
    }>;
    rule: z.ZodString;
    title: z.ZodString;
    message: z.ZodString;
    confidence: z.ZodNumber;
    suggestedFix: z.ZodNullable<z.ZodString>;
}, z.core.$strict>;
export declare const llmAnswerSchema: z.ZodObject<{
    findings: z.ZodArray<z.ZodObject<{
        file: z.ZodString;
        line: z.ZodNumber;
        endLine: z.ZodNullable<z.ZodNumber>;
        quote: z.ZodString;
        severity: z.ZodEnum<{
            CRITICAL: "CRITICAL";
            HIGH: "HIGH";
            MEDIUM: "MEDIUM";
            LOW: "LOW";
        }>;
        rule: z.ZodString;
        title: z.ZodString;
        message: z.ZodString;
        confidence: z.ZodNumber;
        suggestedFix: z.ZodNullable<z.ZodString>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export type LlmFinding = z.output<typeof llmFindingSchema>;
export type LlmAnswer = z.output<typeof llmAnswerSchema>;
/** The JSON Schema sent to the provider: every property required, no extra ones, nulls for "none". */
export declare const ANSWER_JSON_SCHEMA: Record<string, unknown>;
/** The parsed answer, or why it is not one (shown to the model in the repair request). */
export type ParsedAnswer = {
    ok: true;
    answer: LlmAnswer;
} | {
    ok: false;
    problem: string;
};
/** Parses and validates the model's JSON text. */
export declare function parseAnswer(text: string): ParsedAnswer;
