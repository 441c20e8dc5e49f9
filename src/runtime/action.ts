/**
 * The runtime of an action step: inputs through `@actions/core`, the runner's logger and
 * masking, paths from `GITHUB_WORKSPACE`, and the one place failures are reported to the runner.
 */
import path from 'node:path'
import * as core from '@actions/core'
import { classifyError, ConfigurationError, describeError, isOutage, LaunchgateError } from '../errors.js'
import { actionRequest, runnerLogger } from './runner.js'
import { createRuntime, type Runtime } from './runtime.js'

/** The runtime of this step; the token is masked as soon as it is read. */
export function actionRuntime(env: NodeJS.ProcessEnv = process.env): Runtime {
  const mask = (value: string) => core.setSecret(value)
  const request = actionRequest(env, mask)
  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  return createRuntime({
    surface: 'action',
    env,
    cwd: workspace,
    logger: runnerLogger(),
    request,
    root: path.resolve(workspace, request.text('working-directory') ?? '.'),
    configPath: request.text('config'),
    token: request.secret('github-token'),
    mask,
  })
}

/**
 * Runs an action body and never throws: the runner sees `setFailed` with the action's name, a
 * configuration error is annotated at its file and line, and only a bug carries its stack (debug).
 */
export async function runAction(name: string, body: (runtime: Runtime) => Promise<void>): Promise<void> {
  try {
    await body(actionRuntime())
  } catch (error) {
    reportFailure(name, error)
  }
}

/** Reports a failure to the runner: annotated, classified, the step failed. */
export function reportFailure(name: string, thrown: unknown): void {
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
