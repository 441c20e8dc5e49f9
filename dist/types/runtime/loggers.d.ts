/** The terminal's adapter of the {@link Logger} port (the runner's is in `runner.ts`). */
import type { Logger } from '../ports/logger.js';
/**
 * Lines go to a stream (the CLI's stderr, so stdout stays the report alone); debug only when
 * `LAUNCHGATE_DEBUG` is set, like the runner's `ACTIONS_STEP_DEBUG`.
 */
export declare function terminalLogger(write: (text: string) => void, options?: {
    debug?: boolean;
}): Logger;
