import type { LlmClient, LlmProviderName } from './port.js';
export type * from './port.js';
export { DEFAULT_KEY_ENV, DEFAULT_MODELS } from './defaults.js';
/** What the caller asks for; the key is looked up in `env` under `apiKeyEnv`. */
export interface LlmSettings {
    provider: LlmProviderName;
    model?: string;
    baseUrl?: string;
    apiKeyEnv?: string;
    timeoutMs: number;
    maxRetries: number;
}
/** The key's variable was empty or unset. */
export interface MissingLlmKey {
    missingKey: string;
}
/** A client, or the name of the variable that should have held its key. */
export declare function connectLlm(settings: LlmSettings, env: Readonly<Record<string, string | undefined>>): LlmClient | MissingLlmKey;
/** True for the result of {@link connectLlm} that carries no client. */
export declare function isMissingKey(result: LlmClient | MissingLlmKey): result is MissingLlmKey;
