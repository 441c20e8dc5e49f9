import type { LlmClient, LlmConnection, StructuredAnswer, StructuredRequest } from './port.js';
/** A Claude model reached through Anthropic's SDK. */
export declare class AnthropicClient implements LlmClient {
    readonly provider: "anthropic";
    readonly model: string;
    private readonly sdk;
    private readonly timeoutMs;
    constructor(connection: LlmConnection);
    complete(request: StructuredRequest): Promise<StructuredAnswer>;
}
