/**
 * The SDKs' errors in launchgate's terms: an {@link ApiError} naming the provider and the request,
 * with the HTTP status when there was one. A timeout says how long it waited; a 401/403/404 is the
 * user's to fix (a wrong key, model or base URL), which ApiError already tells apart.
 */
import { ApiError } from '../errors.js'
import type { LlmProviderName } from './port.js'

/** The shape both SDKs' `APIError` share; their classes differ, their fields do not. */
interface SdkError {
  name: string
  message: string
  status?: number
}

function isSdkError(error: unknown): error is SdkError {
  return error instanceof Error && 'status' in error
}

/** What the adapter knows about the failed call besides the error. */
export interface FailedCall {
  request: string
  timeoutMs: number
  /** Time spent on the call, retries included. */
  elapsedMs: number
}

/**
 * Maps whatever an SDK call threw to an ApiError. The message is the SDK's, which never contains
 * the key (the SDKs send it in a header and do not echo headers). A connection error that came
 * after at least the timeout is the timeout: the SDKs abort the request then, and where the abort
 * error crosses a realm (a test VM) they can only call it a connection error.
 */
export function toLlmError(provider: LlmProviderName, error: unknown, call: FailedCall): ApiError {
  const { request, timeoutMs } = call
  if (error instanceof ApiError) return error
  const status = isSdkError(error) ? error.status : undefined
  const late = status === undefined && call.elapsedMs >= timeoutMs
  if (error instanceof Error && (/Timeout/i.test(error.name) || late)) {
    return new ApiError(provider, request, undefined, `timed out after ${timeoutMs / 1000} s`, {
      cause: error,
    })
  }
  if (isSdkError(error)) {
    return new ApiError(provider, request, error.status, error.message.slice(0, 300), { cause: error })
  }
  const message = error instanceof Error ? error.message : String(error)
  return new ApiError(provider, request, undefined, message.slice(0, 300), { cause: error })
}
