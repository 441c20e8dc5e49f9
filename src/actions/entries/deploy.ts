/** Entry of `actions/deploy` (dist/deploy.js): the runner runs this file, which runs the action. */
import { run } from '../deploy.js'

await run()
