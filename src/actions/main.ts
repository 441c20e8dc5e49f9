/**
 * The umbrella action (`uses: launchgate/launchgate@v1`): its `command` input picks the
 * capability, from the registry (each capability also has its own action under `actions/<name>/`).
 */
import { CAPABILITIES } from '../capabilities.js'
import { ConfigurationError } from '../errors.js'
import { reportFailure, runAction } from '../runtime/action.js'

/** The commands the umbrella action runs: the registry's capabilities marked `umbrella`. */
export function umbrellaCommands(): string[] {
  return CAPABILITIES.filter((c) => c.umbrella && c.actions?.[c.name]).map((c) => c.name)
}

/** The action's entry point (`dist/main.js`, and @github/local-action). */
export const run = (): Promise<void> =>
  runAction('action', async (runtime) => {
    const command = runtime.request.required('command')
    const load = CAPABILITIES.find((c) => c.umbrella && c.name === command)?.actions?.[command]
    if (!load) {
      throw new ConfigurationError(
        `unknown command '${command}' for the launchgate action; expected one of: ${umbrellaCommands().join(', ')}`,
        { key: 'command' },
      )
    }
    // Failures carry the command's name, as the standalone action's would.
    try {
      await (
        await load()
      )(runtime)
    } catch (error) {
      reportFailure(command, error)
    }
  })
