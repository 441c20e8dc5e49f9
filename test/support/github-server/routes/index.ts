/** Every route of the fake GitHub, keyed by `'METHOD /template'` from GitHub's description. */
import type { RouteTable } from '../routing.js'
import { alertRoutes } from './alerts.js'
import { checkRoutes } from './checks.js'
import { commentRoutes } from './comments.js'
import { deploymentRoutes } from './deployments.js'
import { gitRoutes } from './git.js'
import { issueRoutes } from './issues.js'
import { metaRoutes } from './meta.js'
import { pullRoutes } from './pulls.js'

/** The merged route table. */
export const routes: RouteTable = {
  ...metaRoutes,
  ...gitRoutes,
  ...issueRoutes,
  ...commentRoutes,
  ...pullRoutes,
  ...checkRoutes,
  ...deploymentRoutes,
  ...alertRoutes,
}
