/**
 * The SDKs' errors in launchgate's terms: an {@link ApiError} naming the provider and the request,
 * with the HTTP status when there was one. A timeout says how long it waited; a 401/403/404 is the
 * user's to fix (a wrong key, model or base URL), which ApiError already tells apart.
 */
import { ApiError } from '../errors.js';
import type { LlmProviderName } from './port.js';
/** What the adapter knows about the failed call besides the error. */
export interface FailedCall {
    request: string;
    timeoutMs: number;
    /** Time spent on the call, retries included. */
    elapsedMs: number;
}
/**
 * Maps whatever an SDK call threw to an ApiError. The message is the SDK's, which never contains
 * the key (the SDKs send it in a header and do not echo headers). A connection error that came
 * after at least the timeout is the timeout: the SDKs abort the request then, and where the abort
 * error crosses a realm (a test VM) they can only call it a connection error.
 */
export declare function toLlmError(provider: LlmProviderName, error: unknown, call: FailedCall): ApiError;
