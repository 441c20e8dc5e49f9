/**
 * The one logging port. Every capability, client and use case logs through it; the runtime gives
 * the runner's adapter (`@actions/core`: annotations, masked values, debug behind
 * `ACTIONS_STEP_DEBUG`) to actions and the terminal's (stderr) to the CLI. Code that needs only
 * part of it asks for that part with `Pick<Logger, ...>`, never a shape of its own.
 */
export interface Logger {
    /** Detail for whoever debugs a run; hidden unless asked for. */
    debug(message: string): void;
    /** Progress a user reads. */
    info(message: string): void;
    /** Something went wrong but the run goes on (a refused comment, a retried request). */
    warning(message: string): void;
    /** Something failed; the caller decides whether the run fails. */
    error(message: string): void;
}
/** A logger that drops everything (library use, tests that do not read logs). */
export declare const silentLogger: Logger;
