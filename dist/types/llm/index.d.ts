import type { LlmClient, LlmProviderName } from './port.js';
export type * from './port.js';
/** The model used when the config names none. */
export declare const DEFAULT_MODELS: Readonly<Record<LlmProviderName, string>>;
/** Where each provider's key is read from unless the config names another variable. */
export declare const DEFAULT_KEY_ENV: Readonly<Record<LlmProviderName, string>>;
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
