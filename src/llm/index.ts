/**
 * LLM providers behind one port. {@link connectLlm} resolves the settings and the API key from the
 * environment it is given; a missing key is not an error here but a {@link MissingLlmKey}, because
 * a fork's pull request has no secrets and the review must carry on with its analyzers, loudly.
 */
import { DEFAULT_KEY_ENV, DEFAULT_MODELS } from './defaults.js'
import type { LlmClient, LlmConnection, LlmProviderName } from './port.js'

export type * from './port.js'
export { DEFAULT_KEY_ENV, DEFAULT_MODELS } from './defaults.js'

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
  return lazyClient(connection)
}

/**
 * The provider's client, its SDK loaded at the first request: the SDKs weigh 1.4 MB, and a review
 * job whose key is set still spends most runs without asking (an empty diff, analyzers only).
 */
function lazyClient(connection: LlmConnection): LlmClient {
  let client: Promise<LlmClient> | undefined
  const load = () =>
    (client ??=
      connection.provider === 'anthropic'
        ? import('./anthropic.js').then((m) => new m.AnthropicClient(connection))
        : import('./openai.js').then((m) => new m.OpenAiClient(connection)))
  return {
    provider: connection.provider,
    model: connection.model,
    complete: async (request) => (await load()).complete(request),
  }
}

/** True for the result of {@link connectLlm} that carries no client. */
export function isMissingKey(result: LlmClient | MissingLlmKey): result is MissingLlmKey {
  return 'missingKey' in result
}
