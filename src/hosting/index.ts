/**
 * Builds the hosts of the configured targets. Tokens come from the environment by the secret
 * names the config gives; a missing one is a {@link MissingSecretError} naming it.
 */
import type { DeployTarget } from '../config/sections/deploy.js'
import { MissingSecretError } from '../errors.js'
import type { HttpSettings } from '../http/client.js'
import { healthHost } from './health.js'
import { netlifyHost } from './netlify.js'
import { renderHost } from './render.js'
import type { Host } from './types.js'

export type { Host, HostObservation, HostPhase } from './types.js'
export { netlifyHost, netlifyObservation, type NetlifyDeploy } from './netlify.js'
export { renderHost, renderObservation, type RenderDeploy, type RenderDeployItem } from './render.js'
export { healthHost, healthObservation, reportsSha } from './health.js'

/** The run's HTTP settings (per-request timeout and retries of the hosts' APIs), and the tokens. */
export interface HostOptions extends HttpSettings {
  /** Where tokens are read from, by the names in the config. */
  env: Record<string, string | undefined>
}

/** One host per target, in the config's order. */
export function createHosts(targets: readonly DeployTarget[], options: HostOptions): Host[] {
  const { env, ...http } = options
  return targets.map((target) => {
    switch (target.kind) {
      case 'netlify':
        return netlifyHost({
          ...{ name: target.name, siteId: target['site-id'], apiUrl: target['api-url'], url: target.url },
          ...{
            token: tokenOf(env, target['token-secret'], `the Netlify API for target ${target.name}`),
            ...http,
          },
        })
      case 'render':
        return renderHost({
          ...{
            name: target.name,
            serviceId: target['service-id'],
            apiUrl: target['api-url'],
            url: target.url,
          },
          ...{
            token: tokenOf(env, target['token-secret'], `the Render API for target ${target.name}`),
            ...http,
          },
        })
      case 'health':
        return healthHost({
          name: target.name,
          healthUrl: target['health-url'],
          url: target.url,
          timeoutMs: options.timeoutMs,
        })
    }
  })
}

function tokenOf(env: Record<string, string | undefined>, name: string, purpose: string): string {
  const value = env[name]?.trim()
  if (!value) throw new MissingSecretError(name, purpose)
  return value
}
