import type { Logger } from '../ports/logger.js';
/** Lines go through `@actions/core`: warnings and errors become annotations, debug is hidden. */
export declare function runnerLogger(): Logger;
/**
 * Lines go to a stream (the CLI's stderr, so stdout stays the report alone); debug only when
 * `LAUNCHGATE_DEBUG` is set, like the runner's `ACTIONS_STEP_DEBUG`.
 */
export declare function terminalLogger(write: (text: string) => void, options?: {
    debug?: boolean;
}): Logger;
