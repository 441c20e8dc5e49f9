/** Entry of `actions/monitor` (dist/monitor.js): the runner runs this file, which runs the action. */
import { run } from '../monitor.js'

await run()
