/**
 * The deploy section checked the way a deploy would refuse it, so `launchgate config` (and the
 * config action) say it on the pull request instead of the deploy failing at dispatch.
 */
import type { LoadedConfig } from '../config/load.js'
import { ConfigurationError } from '../errors.js'
import type { Finding } from '../report/types.js'
import { checkRunnable } from './runnable.js'

/** One HIGH finding for what `runDeploy` would refuse before changing anything. */
export async function checkDeployConfig(loaded: LoadedConfig): Promise<Finding[]> {
  try {
    checkRunnable(loaded.config.deploy)
    return []
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error
    return [
      {
        rule: 'deploy-not-runnable',
        severity: 'HIGH',
        message: `a deploy would refuse this config: ${error.message}`,
        ...(loaded.file ? { file: loaded.file } : {}),
        properties: { key: error.key ?? 'deploy' },
      },
    ]
  }
}
