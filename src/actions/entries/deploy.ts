/** Entry of `actions/deploy` (dist/deploy.js). */
import { deployAction } from '../deploy.js'
import { runAction } from '../run-action.js'

await runAction('deploy', () => deployAction())
