/** Entry of `actions/prefilter` (dist/prefilter.js): the runner runs this file, which runs the action. */
import { run } from '../prefilter.js'

await run()
