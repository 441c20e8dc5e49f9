/**
 * The one wrapper every action entry runs through: it prefixes failures with the action's name,
 * annotates a configuration error at its file and line, and tells a user's mistake from a bug.
 */
import * as core from '@actions/core'
import { classifyError, ConfigurationError, describeError, isOutage, LaunchgateError } from '../errors.js'

/** Runs an action body; never throws (the runner sees `setFailed`). */
export async function runAction(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body()
  } catch (error) {
    reportFailure(name, error)
  }
}

/**
 * An input the action cannot run without; a missing one is the user's to fix, named, never an
 * "internal error" (which `core.getInput(name, { required: true })` would make it).
 */
export function requiredInput(name: string): string {
  const value = core.getInput(name)
  if (value === '') {
    throw new ConfigurationError(
      `the input '${name}' is required: set it under \`with:\` in the workflow step`,
      {
        key: name,
      },
    )
  }
  return value
}

function reportFailure(name: string, thrown: unknown): void {
  const error = classifyError(thrown)
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
  if (!(error instanceof LaunchgateError) || (!error.isUserError && !isOutage(error))) {
    core.debug(error instanceof Error ? (error.stack ?? '') : String(error))
  }
  core.setFailed(`launchgate ${name}: ${message}`)
}
