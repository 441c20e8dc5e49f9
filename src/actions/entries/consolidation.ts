/** Entry of `actions/consolidation` (dist/consolidation.js). */
import { consolidationAction } from '../consolidation.js'
import { runAction } from '../run-action.js'

await runAction('consolidation', consolidationAction)
