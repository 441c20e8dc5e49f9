/** Entry of `actions/review-aggregate` (dist/review-aggregate.js). */
import { reviewAggregateAction } from '../review-aggregate.js'
import { runAction } from '../run-action.js'

await runAction('review-aggregate', reviewAggregateAction)
