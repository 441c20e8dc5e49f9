/**
 * The Anthropic adapter (Messages API through `@anthropic-ai/sdk`). The answer is forced through a
 * single tool whose `input_schema` is the requested schema (`tool_choice: {type: 'tool'}`), and the
 * system prompt is marked `cache_control: ephemeral`, so every request of one agent after the first
 * reads the instructions from Anthropic's prompt cache.
 */
import Anthropic from '@anthropic-ai/sdk'
import { toLlmError } from './errors.js'
import type { LlmClient, LlmConnection, StructuredAnswer, StructuredRequest } from './port.js'

/** A Claude model reached through Anthropic's SDK. */
export class AnthropicClient implements LlmClient {
  readonly provider = 'anthropic' as const
  readonly model: string
  private readonly sdk: Anthropic
  private readonly timeoutMs: number

  constructor(connection: LlmConnection) {
    this.model = connection.model
    this.timeoutMs = connection.timeoutMs
    this.sdk = new Anthropic({
      apiKey: connection.apiKey,
      baseURL: connection.baseUrl ?? null,
      timeout: connection.timeoutMs,
      maxRetries: connection.maxRetries,
    })
  }

  async complete(request: StructuredRequest): Promise<StructuredAnswer> {
    const tool = request.output
    const started = Date.now()
    try {
      const message = await this.sdk.messages.create({
        model: this.model,
        max_tokens: request.maxOutputTokens,
        system: [{ type: 'text', text: request.system, cache_control: { type: 'ephemeral' } }],
        tools: [{ name: tool.name, description: tool.description, input_schema: toolSchema(tool.schema) }],
        tool_choice: { type: 'tool', name: tool.name },
        messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
      })
      const call = message.content.find((block) => block.type === 'tool_use' && block.name === tool.name)
      // Without the forced tool call, whatever text came back is handed on, to fail validation
      // and get its one repair attempt.
      const text =
        call && call.type === 'tool_use'
          ? JSON.stringify(call.input)
          : message.content.map((block) => (block.type === 'text' ? block.text : '')).join('')
      const usage = message.usage
      return {
        text,
        usage: {
          inputTokens:
            usage.input_tokens +
            (usage.cache_read_input_tokens ?? 0) +
            (usage.cache_creation_input_tokens ?? 0),
          outputTokens: usage.output_tokens,
          cachedInputTokens: usage.cache_read_input_tokens ?? 0,
        },
      }
    } catch (error) {
      throw toLlmError('anthropic', error, {
        request: 'POST /v1/messages',
        timeoutMs: this.timeoutMs,
        elapsedMs: Date.now() - started,
      })
    }
  }
}

/** Anthropic's `input_schema` must be an object schema; ours always is. */
function toolSchema(schema: Record<string, unknown>): Anthropic.Tool.InputSchema {
  return { ...schema, type: 'object' } as Anthropic.Tool.InputSchema
}
