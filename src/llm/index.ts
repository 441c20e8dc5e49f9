/**
 * LLM providers behind one port. {@link connectLlm} resolves the settings and the API key from the
 * environment it is given; a missing key is not an error here but a {@link MissingLlmKey}, because
 * a fork's pull request has no secrets and the review must carry on with its analyzers, loudly.
 */
import { AnthropicClient } from './anthropic.js'
import { OpenAiClient } from './openai.js'
import type { LlmClient, LlmProviderName } from './port.js'

export type * from './port.js'

/** The model used when the config names none. */
export const DEFAULT_MODELS: Readonly<Record<LlmProviderName, string>> = {
  anthropic: 'claude-sonnet-5-5',
  openai: 'gpt-5.4-mini',
}

/** Where each provider's key is read from unless the config names another variable. */
export const DEFAULT_KEY_ENV: Readonly<Record<LlmProviderName, string>> = {
  anthropic: 'ANTHROPIC_API_KEY',
  openai: 'OPENAI_API_KEY',
}

/** What the caller asks for; the key is looked up in `env` under `apiKeyEnv`. */
export interface LlmSettings {
  provider: LlmProviderName
  model?: string
  baseUrl?: string
  apiKeyEnv?: string
  timeoutMs: number
  maxRetries: number
}

/** The key's variable was empty or unset. */
export interface MissingLlmKey {
  missingKey: string
}

/** A client, or the name of the variable that should have held its key. */
export function connectLlm(
  settings: LlmSettings,
  env: Readonly<Record<string, string | undefined>>,
): LlmClient | MissingLlmKey {
  const keyEnv = settings.apiKeyEnv ?? DEFAULT_KEY_ENV[settings.provider]
  const apiKey = env[keyEnv]?.trim()
  if (!apiKey) return { missingKey: keyEnv }
  const connection = {
    provider: settings.provider,
    model: settings.model ?? DEFAULT_MODELS[settings.provider],
    apiKey,
    ...(settings.baseUrl ? { baseUrl: settings.baseUrl } : {}),
    timeoutMs: settings.timeoutMs,
    maxRetries: settings.maxRetries,
  }
  return settings.provider === 'anthropic' ? new AnthropicClient(connection) : new OpenAiClient(connection)
}

/** True for the result of {@link connectLlm} that carries no client. */
export function isMissingKey(result: LlmClient | MissingLlmKey): result is MissingLlmKey {
  return 'missingKey' in result
}
