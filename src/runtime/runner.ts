/**
 * The Actions runner's adapters: inputs (`INPUT_*`) as a {@link Request} and the job log as a
 * {@link Logger}, both through `@actions/core`. Apart from the terminal's, so a CLI run never
 * loads `@actions/core` (and undici with it).
 */
import * as core from '@actions/core'
import { ConfigurationError } from '../errors.js'
import type { Logger } from '../ports/logger.js'
import type { Request } from './request.js'

const TRUE = new Set(['true', 'True', 'TRUE'])
const FALSE = new Set(['false', 'False', 'FALSE', ''])

/** Lines go through `@actions/core`: warnings and errors become annotations, debug is hidden. */
export function runnerLogger(): Logger {
  return {
    debug: (m) => core.debug(m),
    info: (m) => core.info(m),
    warning: (m) => core.warning(m),
    error: (m) => core.error(m),
  }
}

/** An action's inputs (`INPUT_*`), through `@actions/core` as the runner sets them. */
export function actionRequest(env: NodeJS.ProcessEnv, mask: (value: string) => void): Request {
  const text = (name: string) => core.getInput(name) || undefined
  return {
    text,
    required(name) {
      const value = text(name)
      if (value === undefined) {
        throw new ConfigurationError(
          `the input '${name}' is required: set it under \`with:\` in the workflow step`,
          {
            key: name,
          },
        )
      }
      return value
    },
    flag(name) {
      // core.getBooleanInput throws a TypeError (reported as a bug) on a typo; this names the input.
      const value = core.getInput(name)
      if (TRUE.has(value)) return true
      if (FALSE.has(value)) return false
      throw new ConfigurationError(`the input '${name}' must be true or false, got '${value}'`, { key: name })
    },
    secret(name, envName) {
      const value = text(name) ?? (envName ? env[envName] || undefined : undefined)
      if (value) mask(value)
      return value
    },
    label: (name) => `the ${name} input`,
  }
}
