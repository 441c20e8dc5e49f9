/** Entry of `actions/review-agent` (dist/review-agent.js). */
import { reviewAgentAction } from '../review-agent.js'
import { runAction } from '../run-action.js'

await runAction('review-agent', reviewAgentAction)
