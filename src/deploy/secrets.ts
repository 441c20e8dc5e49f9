/**
 * Every secret a deploy will need, named with what it is for, so the checklist can fail on a
 * missing one before anything changes instead of half-way through (after the merge).
 */
import type { DeployConfig } from '../config/sections/deploy.js'

export interface NeededSecret {
  name: string
  purpose: string
}

/** The config's own list first, then the ones the targets, smoke tests and Sentry read. */
export function neededSecrets(config: DeployConfig): NeededSecret[] {
  const needed: NeededSecret[] = config.checklist.secrets.map((name) => ({
    name,
    purpose: 'listed in checklist.secrets',
  }))
  for (const target of config.targets) {
    if (target.kind !== 'health')
      needed.push({
        name: target['token-secret'],
        purpose: `${target.kind} API token of target ${target.name}`,
      })
  }
  const smoke = config.smoke
  const login = smoke.login
  const usesLogin = smoke.tests.some((t) => t.kind === 'auth' || ('authenticated' in t && t.authenticated))
  if (login && usesLogin) {
    needed.push({ name: login['email-secret'], purpose: 'smoke-test login email' })
    needed.push({ name: login['password-secret'], purpose: 'smoke-test login password' })
  }
  for (const test of smoke.tests) {
    if (test.kind !== 'http') continue
    for (const [header, name] of Object.entries(test['header-secrets'])) {
      needed.push({ name, purpose: `header ${header} of smoke test ${test.name}` })
    }
  }
  if (config.sentry)
    needed.push({ name: config.sentry['token-secret'], purpose: 'Sentry release and deploy marker' })
  // One entry per name: the first purpose is the one reported.
  return needed.filter((s, i) => needed.findIndex((o) => o.name === s.name) === i)
}
