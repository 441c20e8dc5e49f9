/** Entry of `actions/review-aggregate` (dist/review-aggregate.js): the runner runs this file, which runs the action. */
import { run } from '../review-aggregate.js'

await run()
