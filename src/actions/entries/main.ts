/**
 * The umbrella action (`uses: launchgate/launchgate@v1`): its `command` input picks the
 * capability. Each capability also has its own action under `actions/<name>/`.
 */
import { ConfigurationError } from '../../errors.js'
import { configAction } from '../config.js'
import { consolidationAction } from '../consolidation.js'
import { deployAction } from '../deploy.js'
import { monitorAction } from '../monitor.js'
import { prefilterAction } from '../prefilter.js'
import { requiredInput, runAction } from '../run-action.js'

/** Commands the umbrella action knows; a capability adds its entry here when it lands. */
const COMMANDS: Record<string, () => Promise<void>> = {
  config: configAction,
  consolidation: consolidationAction,
  prefilter: prefilterAction,
  deploy: () => deployAction(),
  monitor: () => monitorAction(),
}

await runAction('action', async () => {
  const command = requiredInput('command')
  const run = COMMANDS[command]
  if (!run) {
    throw new ConfigurationError(
      `unknown command '${command}' for the launchgate action; expected one of: ${Object.keys(COMMANDS).join(', ')}`,
      { key: 'command' },
    )
  }
  await runAction(command, run)
})
