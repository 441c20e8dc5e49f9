import type { LlmClient, LlmConnection, StructuredAnswer, StructuredRequest } from './port.js';
/** A model behind OpenAI's Chat Completions API or a compatible server. */
export declare class OpenAiClient implements LlmClient {
    readonly provider: "openai";
    readonly model: string;
    private readonly sdk;
    private readonly timeoutMs;
    constructor(connection: LlmConnection);
    complete(request: StructuredRequest): Promise<StructuredAnswer>;
}
