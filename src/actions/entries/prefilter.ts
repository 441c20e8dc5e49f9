/** Entry of `actions/prefilter` (dist/prefilter.js). */
import { prefilterAction } from '../prefilter.js'
import { runAction } from '../run-action.js'

await runAction('prefilter', prefilterAction)
