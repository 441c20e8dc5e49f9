/**
 * Helpers of the LLM-path tests: a change with a known bug on a known line, and review options that
 * point the real SDKs at the local LLM server.
 */
import { reviewLlmSchema, type ReviewLlmConfig } from '../../src/config/sections/review.js'
import type { ReviewOptions } from '../../src/review/run.js'
import type { LlmServer } from '../support/llm-server/index.js'

/** A fake key: the server only checks that one is sent; tests check it never leaks. */
export const OPENAI_KEY = 'sk-test-openai-5f0c2a9e77b14d3c'
export const ANTHROPIC_KEY = 'sk-ant-test-91d4c0aa3e2b4f17'

/** An off-by-one the analyzers do not see (line 3), for the model to report. */
export const PAYMENTS = {
  'src/payments.ts': [
    'export function total(items: Array<{ price: number }>): number {',
    '  let sum = 0',
    '  for (let i = 0; i <= items.length; i++) sum += items[i]!.price',
    '  return sum',
    '}',
    '',
  ].join('\n'),
}

export const OFF_BY_ONE_LINE = 3
export const OFF_BY_ONE_QUOTE = '  for (let i = 0; i <= items.length; i++) sum += items[i]!.price'

/** One answer finding, as the model writes it. */
export function modelFinding(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    file: 'src/payments.ts',
    line: OFF_BY_ONE_LINE,
    endLine: null,
    quote: OFF_BY_ONE_QUOTE,
    severity: 'HIGH',
    rule: 'off-by-one',
    title: 'Loop reads one element past the end',
    message: '`i <= items.length` reads items[items.length], which is undefined, and throws.',
    confidence: 0.9,
    suggestedFix: 'use i < items.length',
    ...overrides,
  }
}

/** `review.llm` aimed at the local server, fast to fail. */
export function llmConfig(
  server: LlmServer,
  provider: 'openai' | 'anthropic',
  overrides: Partial<ReviewLlmConfig> = {},
): ReviewLlmConfig {
  return reviewLlmSchema.parse({
    'base-url': provider === 'openai' ? server.openaiBaseUrl : server.anthropicBaseUrl,
    'timeout-seconds': 10,
    'max-retries': 1,
    ...overrides,
  })
}

/** Review options for the OpenAI path against `server`. */
export function openaiOptions(
  server: LlmServer,
  overrides: Partial<ReviewLlmConfig> = {},
): Partial<ReviewOptions> {
  return {
    provider: 'openai',
    model: 'gpt-5.4-mini',
    llm: llmConfig(server, 'openai', overrides),
    env: { OPENAI_API_KEY: OPENAI_KEY },
  }
}

/** The text of every message of a recorded OpenAI request, joined. */
export function openaiPrompt(body: Record<string, unknown>): { system: string; user: string } {
  const messages = body.messages as Array<{ role: string; content: string }>
  return {
    system: messages
      .filter((m) => m.role === 'system')
      .map((m) => m.content)
      .join('\n'),
    user: messages
      .filter((m) => m.role !== 'system')
      .map((m) => m.content)
      .join('\n'),
  }
}
