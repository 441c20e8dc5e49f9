/**
 * The tool prefilter's model: a tool as the prefilter sees it (whatever format it came in), the
 * context of a request, and what the prefilter decided for each kept tool and why.
 */
/** Formats a tool definition can arrive in. `function` is a bare `{name, description, parameters}`. */
export type ToolFormat = 'openai' | 'anthropic' | 'mcp' | 'function';
/** A JSON Schema object as tools carry it; only the parts the prefilter reads are typed. */
export interface ParameterSchema {
    type?: unknown;
    description?: unknown;
    properties?: Record<string, unknown>;
    [key: string]: unknown;
}
/** One tool, normalised: the original definition is kept verbatim so it can be sent as is. */
export interface Tool {
    name: string;
    description: string;
    parameters: ParameterSchema;
    format: ToolFormat;
    /** The definition exactly as given, in its own format: what a filtered request sends. */
    definition: unknown;
    /** Category from the definition itself (e.g. Seal-Tools' `field`) or from config. */
    category?: string;
}
/** A previous turn of the conversation; a plain string is a user turn. */
export type ConversationTurn = string | {
    role?: string;
    content?: unknown;
};
/**
 * What the app knows about the request besides the message. Every field is optional and unknown
 * keys are ignored, so a backend can pass its whole request context without trimming it.
 */
export interface PrefilterContext {
    /** Current page or domain of the app, e.g. `/trips` or `budget`. */
    page?: string;
    /** Where the user is; kept for callers, the lexical score does not read it. */
    location?: unknown;
    /** App state (logged in, active trip...); string values that name a category favour it. */
    userState?: Record<string, unknown>;
    /** Tools called in this conversation, most recent last. */
    recentTools?: string[];
    /** Earlier turns, oldest first; the last user turns help short follow-ups ("and tomorrow?"). */
    turns?: ConversationTurn[];
    [key: string]: unknown;
}
/** Why a tool was kept. */
export type KeepReason = 'core' | 'relevance' | 'context' | 'category' | 'recent' | 'companion' | 'fallback';
/** One kept tool and the reasons, in the order the prompt gets them. */
export interface KeptTool {
    name: string;
    reasons: KeepReason[];
    /** Relevance relative to the best match of the message, 0..1 (1 for the best). */
    relevance: number;
    tokens: number;
    definition: unknown;
}
/** What one call to the prefilter returns. */
export interface PrefilterResult {
    tools: KeptTool[];
    /** True when nothing in the message scored and the safe fallback decided. */
    fallback: boolean;
    tokens: {
        kept: number;
        total: number;
        reduction: number;
    };
}
/** How tokens were counted, named in every report. */
export interface TokenCounting {
    tokenizer: string;
    serialisation: string;
}
