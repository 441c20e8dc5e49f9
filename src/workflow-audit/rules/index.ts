/**
 * The registry of workflow rules: the one list the engine runs, the README's table describes and
 * SARIF's rule metadata is built from. A new rule is a file plus one line here.
 */
import type { Rule } from '../finding.js'
import { artipacked, pullRequestTargetCheckout } from './checkout.js'
import {
  botConditions,
  obfuscation,
  unsoundCondition,
  unsoundContains,
  unsoundTernary,
} from './conditions.js'
import { dependabotCooldown, dependabotExecution } from './dependabot.js'
import { hardcodedContainerCredentials, selfHostedRunner, unpinnedImages } from './containers.js'
import { adhocPackages, anonymousDefinition, concurrencyLimits, githubApp, misfeature } from './hygiene.js'
import { launchgateRef } from './launchgate-ref.js'
import { excessivePermissions, llmJobWriteToken, undocumentedPermissions } from './permissions.js'
import { cachePoisoning, useTrustedPublishing } from './publishing.js'
import { insecureCommands, overprovisionedSecrets, secretsOutsideEnv, unredactedSecrets } from './secrets.js'
import { templateInjection } from './template-injection.js'
import { dangerousTriggers, githubEnv } from './triggers.js'
import {
  archivedUses,
  forbiddenUses,
  refVersionMismatch,
  secretsInherit,
  selfRepository,
  superfluousActions,
  typosquatUses,
  unpinnedTools,
  unpinnedUses,
} from './uses.js'

export const RULES: readonly Rule[] = [
  adhocPackages,
  anonymousDefinition,
  archivedUses,
  artipacked,
  botConditions,
  cachePoisoning,
  concurrencyLimits,
  dangerousTriggers,
  dependabotCooldown,
  dependabotExecution,
  excessivePermissions,
  forbiddenUses,
  githubApp,
  githubEnv,
  hardcodedContainerCredentials,
  insecureCommands,
  misfeature,
  obfuscation,
  overprovisionedSecrets,
  refVersionMismatch,
  secretsInherit,
  secretsOutsideEnv,
  selfHostedRunner,
  selfRepository,
  superfluousActions,
  templateInjection,
  typosquatUses,
  undocumentedPermissions,
  unpinnedImages,
  unpinnedTools,
  unpinnedUses,
  unredactedSecrets,
  unsoundCondition,
  unsoundContains,
  unsoundTernary,
  useTrustedPublishing,
  llmJobWriteToken,
  pullRequestTargetCheckout,
  launchgateRef,
]
