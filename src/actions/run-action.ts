/**
 * The one wrapper every action entry runs through: it prefixes failures with the action's name,
 * annotates a configuration error at its file and line, and tells a user's mistake from a bug.
 */
import * as core from '@actions/core'
import { ConfigurationError, describeError, LaunchgateError } from '../errors.js'

/** Runs an action body; never throws (the runner sees `setFailed`). */
export async function runAction(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body()
  } catch (error) {
    reportFailure(name, error)
  }
}

function reportFailure(name: string, error: unknown): void {
  const message = describeError(error)
  if (error instanceof ConfigurationError && error.position) {
    const { file, line, column } = error.position
    core.error(message, {
      title: `launchgate ${name}: configuration`,
      file,
      startLine: line,
      startColumn: column,
    })
  }
  if (!(error instanceof LaunchgateError) || !error.isUserError) {
    core.debug(error instanceof Error ? (error.stack ?? '') : String(error))
  }
  core.setFailed(`launchgate ${name}: ${message}`)
}
