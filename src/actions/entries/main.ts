/** Entry of the umbrella action (`action.yml`, dist/main.js): the runner runs this file. */
import { run } from '../main.js'

await run()
