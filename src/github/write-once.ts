/**
 * Writes to GitHub that happen once. A POST that failed with a 5xx, a timeout or a reset may have
 * been done by GitHub all the same (the answer was lost), so it is never sent again blind: the
 * caller's `lookup` reads whether it happened (the PR of the branch, the issue with that body, the
 * merge commit) and only when it did not is the write sent again. A write GitHub refused before
 * doing it (429, a secondary rate limit) is sent again after the wait GitHub asks for.
 */
import { setTimeout as sleep } from 'node:timers/promises'
import type { ClientLogger } from './client.js'

/** How a client retries writes; set by `createGitHubClient`. */
export interface WritePolicy {
  /** Further attempts after the first. */
  retries: number
  /** Milliseconds per second of backoff (1000 in production, 1 in tests). */
  baseMs: number
  log?: ClientLogger
}

export const DEFAULT_WRITE_POLICY: WritePolicy = { retries: 3, baseMs: 1000 }

/** Secondary rate limits, 429 without a header: GitHub's own advice is a minute. */
const FALLBACK_RETRY_AFTER_S = 60

/** A write and how to tell that an earlier attempt of it was done. */
export interface OnceWrite<T> {
  /** `POST /repos/o/r/issues`, for the log. */
  name: string
  attempt: () => Promise<T>
  /**
   * Reads whether the write happened; its result, or undefined when it did not. Absent for a write
   * whose repetition is harmless (a PATCH, adding a label, creating a label that may exist).
   */
  lookup?: () => Promise<T | undefined>
}

interface HttpFailure {
  status?: number
  message?: string
  response?: { headers?: Record<string, string | undefined> }
}

/** The HTTP status of a failed call; undefined when no answer came (reset, DNS, timeout). */
export function failureStatus(error: unknown): number | undefined {
  const status = (error as HttpFailure | undefined)?.status
  return typeof status === 'number' ? status : undefined
}

/** True when a failed write may have been done anyway: no answer, or a 5xx. */
export function mayHaveHappened(error: unknown): boolean {
  const status = failureStatus(error)
  return status === undefined || status >= 500
}

/**
 * Seconds to wait before sending again a write GitHub refused without doing it (429, or a 403
 * secondary rate limit); undefined for any other failure.
 */
export function refusedRetryAfter(error: unknown): number | undefined {
  const e = error as HttpFailure | undefined
  const status = failureStatus(error)
  const secondary = status === 403 && /\bsecondary rate\b/i.test(e?.message ?? '')
  if (status !== 429 && !secondary) return undefined
  const header = Number(e?.response?.headers?.['retry-after'])
  return Number.isFinite(header) && header >= 0 ? header : FALLBACK_RETRY_AFTER_S
}

/**
 * Sends a write at most until it is known done: see the module comment.
 * @returns the write's result, or the lookup's when an earlier attempt turned out done
 * @throws the last failure when the retries are spent, or at once when GitHub refused for good
 */
export async function writeOnce<T>(write: OnceWrite<T>, policy: WritePolicy): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await write.attempt()
    } catch (error) {
      if (attempt >= policy.retries) throw error
      const refused = refusedRetryAfter(error)
      if (refused === undefined && !mayHaveHappened(error)) throw error
      const waitS = refused ?? (attempt + 1) ** 2
      policy.log?.warning(
        `GitHub ${write.name} ${refused === undefined ? 'got no answer' : 'was refused'} ` +
          `(${describeFailure(error)}); ${write.lookup && refused === undefined ? 'looking up whether it was done, then ' : ''}` +
          `retry ${attempt + 1} in ${waitS}s`,
      )
      await sleep(waitS * policy.baseMs)
      if (refused !== undefined || write.lookup === undefined) continue
      const done = await write.lookup()
      if (done !== undefined) {
        policy.log?.warning(`GitHub ${write.name} had been done; its answer was lost. Not sending it again.`)
        return done
      }
    }
  }
}

function describeFailure(error: unknown): string {
  const status = failureStatus(error)
  const message = (error as HttpFailure | undefined)?.message ?? String(error)
  return status === undefined ? message : `HTTP ${status}`
}
