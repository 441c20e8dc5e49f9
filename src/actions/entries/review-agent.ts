/** Entry of `actions/review-agent` (dist/review-agent.js): the runner runs this file, which runs the action. */
import { run } from '../review-agent.js'

await run()
