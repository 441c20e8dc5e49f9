import { z } from 'zod';
/** The plan's seven specialised reviewers. */
export declare const REVIEW_AGENTS: readonly ["code-reviewer", "security-auditor", "performance-optimizer", "database-architect", "testing-automation-expert", "devops-engineer", "react-frontend-specialist"];
/** How the optional LLM pass talks to its provider. Every key has a default. */
export declare const reviewLlmSchema: z.ZodObject<{
    'base-url': z.ZodOptional<z.ZodURL>;
    'api-key-env': z.ZodOptional<z.ZodString>;
    'token-budget': z.ZodDefault<z.ZodNumber>;
    'max-requests': z.ZodDefault<z.ZodNumber>;
    'max-output-tokens': z.ZodDefault<z.ZodNumber>;
    'timeout-seconds': z.ZodDefault<z.ZodNumber>;
    'max-retries': z.ZodDefault<z.ZodNumber>;
    'min-confidence': z.ZodDefault<z.ZodNumber>;
}, z.core.$strict>;
/** Phase 5 of the launch plan: seven reviewers, one gate. */
/** Generated or vendored paths the review leaves out unless told otherwise (init adds to them). */
export declare const REVIEW_DEFAULT_EXCLUDES: readonly string[];
export declare const reviewSchema: z.ZodObject<{
    agents: z.ZodDefault<z.ZodArray<z.ZodEnum<{
        "code-reviewer": "code-reviewer";
        "security-auditor": "security-auditor";
        "performance-optimizer": "performance-optimizer";
        "database-architect": "database-architect";
        "testing-automation-expert": "testing-automation-expert";
        "devops-engineer": "devops-engineer";
        "react-frontend-specialist": "react-frontend-specialist";
    }>>>;
    provider: z.ZodDefault<z.ZodEnum<{
        offline: "offline";
        anthropic: "anthropic";
        openai: "openai";
    }>>;
    model: z.ZodOptional<z.ZodString>;
    llm: z.ZodDefault<z.ZodObject<{
        'base-url': z.ZodOptional<z.ZodURL>;
        'api-key-env': z.ZodOptional<z.ZodString>;
        'token-budget': z.ZodDefault<z.ZodNumber>;
        'max-requests': z.ZodDefault<z.ZodNumber>;
        'max-output-tokens': z.ZodDefault<z.ZodNumber>;
        'timeout-seconds': z.ZodDefault<z.ZodNumber>;
        'max-retries': z.ZodDefault<z.ZodNumber>;
        'min-confidence': z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>;
    'min-score': z.ZodDefault<z.ZodNumber>;
    waivers: z.ZodDefault<z.ZodString>;
    exclude: z.ZodDefault<z.ZodArray<z.ZodString>>;
    coverage: z.ZodDefault<z.ZodString>;
}, z.core.$strict>;
/** The LLM settings with defaults filled in. */
export type ReviewLlmConfig = z.output<typeof reviewLlmSchema>;
