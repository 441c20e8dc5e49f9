/**
 * The environment variables that tune launchgate itself, read and checked in this one place.
 * Tests point the clients at local servers and shorten waits through them; a user may set them
 * too, so a value that is not a number is a configuration error naming the variable.
 */
import { ConfigurationError } from '../errors.js'

export interface Knobs {
  /** Milliseconds per second of retry backoff (GitHub, Sentry, HTTP); 1000 when unset. */
  retryBaseMs?: number
  /** Minimum spacing of GitHub writes in ms; the throttling plugin's default when unset. */
  writeSpacingMs?: number
  /** How long a GitHub request may take before it counts as lost. */
  githubTimeoutMs?: number
  /** How long a PR gate comment writer waits for a concurrent job's write before checking its section. */
  commentSettleMs?: number
  /** Print debug lines on the terminal. */
  debug: boolean
}

const NUMBERS = {
  retryBaseMs: 'LAUNCHGATE_RETRY_BASE_MS',
  writeSpacingMs: 'LAUNCHGATE_WRITE_SPACING_MS',
  githubTimeoutMs: 'LAUNCHGATE_GITHUB_TIMEOUT_MS',
  commentSettleMs: 'LAUNCHGATE_COMMENT_SETTLE_MS',
} as const

/** Reads the knobs; an empty variable counts as unset. */
export function readKnobs(env: NodeJS.ProcessEnv): Knobs {
  const knobs: Knobs = { debug: env.LAUNCHGATE_DEBUG === '1' || env.LAUNCHGATE_DEBUG === 'true' }
  for (const [key, name] of Object.entries(NUMBERS) as Array<[keyof typeof NUMBERS, string]>) {
    const text = env[name]
    if (text === undefined || text.trim() === '') continue
    const value = Number(text)
    if (!Number.isFinite(value) || value < 0) {
      throw new ConfigurationError(`${name} must be a number of milliseconds (0 or more), got '${text}'`, {
        key: name,
      })
    }
    knobs[key] = value
  }
  return knobs
}
