/**
 * The OpenAI adapter (Chat Completions through `openai`), which also speaks to any OpenAI-compatible
 * server (vLLM, Ollama, LiteLLM, llama.cpp) at `baseUrl`. The answer is forced into the schema by
 * `response_format: json_schema` in strict mode. OpenAI caches long prompt prefixes by itself, so
 * the stable system prompt goes first; cached tokens are read back from the usage.
 */
import OpenAI from 'openai'
import { ApiError } from '../errors.js'
import { toLlmError } from './errors.js'
import type { LlmClient, LlmConnection, StructuredAnswer, StructuredRequest } from './port.js'

/** A model behind OpenAI's Chat Completions API or a compatible server. */
export class OpenAiClient implements LlmClient {
  readonly provider = 'openai' as const
  readonly model: string
  private readonly sdk: OpenAI
  private readonly timeoutMs: number

  constructor(connection: LlmConnection) {
    this.model = connection.model
    this.timeoutMs = connection.timeoutMs
    this.sdk = new OpenAI({
      apiKey: connection.apiKey,
      baseURL: connection.baseUrl,
      timeout: connection.timeoutMs,
      maxRetries: connection.maxRetries,
    })
  }

  async complete(request: StructuredRequest): Promise<StructuredAnswer> {
    const request_ = 'POST /chat/completions'
    let completion: OpenAI.Chat.Completions.ChatCompletion
    const started = Date.now()
    try {
      completion = await this.sdk.chat.completions.create({
        model: this.model,
        max_completion_tokens: request.maxOutputTokens,
        messages: [
          { role: 'system', content: request.system },
          ...request.messages.map((m) => ({ role: m.role, content: m.content })),
        ],
        response_format: {
          type: 'json_schema',
          json_schema: {
            name: request.output.name,
            description: request.output.description,
            schema: request.output.schema,
            strict: true,
          },
        },
      })
    } catch (error) {
      throw toLlmError('openai', error, {
        request: request_,
        timeoutMs: this.timeoutMs,
        elapsedMs: Date.now() - started,
      })
    }
    const message = completion.choices[0]?.message
    if (message?.refusal)
      throw new ApiError('openai', request_, undefined, `the model refused: ${message.refusal}`)
    const usage = completion.usage
    return {
      text: message?.content ?? '',
      usage: {
        inputTokens: usage?.prompt_tokens ?? 0,
        outputTokens: usage?.completion_tokens ?? 0,
        cachedInputTokens: usage?.prompt_tokens_details?.cached_tokens ?? 0,
      },
    }
  }
}
