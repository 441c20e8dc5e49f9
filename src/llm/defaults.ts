/** The providers' defaults, apart from the clients so that reading them loads no SDK. */
import type { LlmProviderName } from './port.js'

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
