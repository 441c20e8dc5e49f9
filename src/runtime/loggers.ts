/** The two adapters of the {@link Logger} port: the Actions runner and a terminal. */
import * as core from '@actions/core'
import type { Logger } from '../ports/logger.js'

/** Lines go through `@actions/core`: warnings and errors become annotations, debug is hidden. */
export function runnerLogger(): Logger {
  return {
    debug: (m) => core.debug(m),
    info: (m) => core.info(m),
    warning: (m) => core.warning(m),
    error: (m) => core.error(m),
  }
}

/**
 * Lines go to a stream (the CLI's stderr, so stdout stays the report alone); debug only when
 * `LAUNCHGATE_DEBUG` is set, like the runner's `ACTIONS_STEP_DEBUG`.
 */
export function terminalLogger(write: (text: string) => void, options: { debug?: boolean } = {}): Logger {
  return {
    debug: (m) => (options.debug ? write(`debug: ${m}\n`) : undefined),
    info: (m) => write(`${m}\n`),
    warning: (m) => write(`warning: ${m}\n`),
    error: (m) => write(`error: ${m}\n`),
  }
}
