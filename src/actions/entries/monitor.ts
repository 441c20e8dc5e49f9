/** Entry of `actions/monitor` (dist/monitor.js). */
import { monitorAction } from '../monitor.js'
import { runAction } from '../run-action.js'

await runAction('monitor', () => monitorAction())
