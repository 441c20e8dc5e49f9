/** The providers' defaults, apart from the clients so that reading them loads no SDK. */
import type { LlmProviderName } from './port.js';
/** The model used when the config names none. */
export declare const DEFAULT_MODELS: Readonly<Record<LlmProviderName, string>>;
/** Where each provider's key is read from unless the config names another variable. */
export declare const DEFAULT_KEY_ENV: Readonly<Record<LlmProviderName, string>>;
