/** Entry of `actions/consolidation` (dist/consolidation.js): the runner runs this file, which runs the action. */
import { run } from '../consolidation.js'

await run()
