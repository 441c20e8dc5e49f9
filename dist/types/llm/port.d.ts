/**
 * The LLM port: one structured completion. A request carries a stable system prompt (the part a
 * provider can cache), the conversation, and the JSON Schema the answer must follow; the answer is
 * the raw JSON text, validated by the caller. Adapters: Anthropic (`anthropic.ts`) and OpenAI or
 * any OpenAI-compatible server (`openai.ts`).
 */
/** The providers with an adapter. */
export type LlmProviderName = 'anthropic' | 'openai';
/** One turn of the conversation. */
export interface LlmMessage {
    role: 'user' | 'assistant';
    content: string;
}
/** What to ask. */
export interface StructuredRequest {
    /** Instructions identical across the requests of one caller, so the provider can cache them. */
    system: string;
    messages: LlmMessage[];
    /** The object the answer must be: a name (a tool or schema name), what it is, its JSON Schema. */
    output: {
        name: string;
        description: string;
        schema: Record<string, unknown>;
    };
    maxOutputTokens: number;
}
/** Token use of one request, for the summary (cached input is what prompt caching saved). */
export interface LlmUsage {
    inputTokens: number;
    outputTokens: number;
    /** Input tokens read from the provider's prompt cache. */
    cachedInputTokens: number;
}
/** The answer: the JSON text the model produced (not yet validated), and its cost in tokens. */
export interface StructuredAnswer {
    text: string;
    usage: LlmUsage;
}
/** A model behind a provider's API. */
export interface LlmClient {
    readonly provider: LlmProviderName;
    readonly model: string;
    /** Throws an {@link ApiError} (service = provider) once the SDK's retries are spent. */
    complete(request: StructuredRequest): Promise<StructuredAnswer>;
}
/** How to reach the provider. `apiKey` is a secret: never log it, never put it in an error. */
export interface LlmConnection {
    provider: LlmProviderName;
    model: string;
    apiKey: string;
    /** An OpenAI-compatible server or a proxy; the provider's own endpoint when absent. */
    baseUrl?: string;
    /** Per request, in milliseconds. */
    timeoutMs: number;
    /** Retries of 408/409/429/5xx, connection errors and timeouts; the SDKs honour retry-after. */
    maxRetries: number;
}
