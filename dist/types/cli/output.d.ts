import type { Format, Report } from '../report/types.js';
import type { CliIO } from './io.js';
/** Prints the report on stdout and returns 0 when its gate passed, 1 otherwise. */
export declare function emitReport(io: CliIO, report: Report, format: Format, exitCode?: number): number;
/**
 * Prints an error: always a line on stderr, and with `--format json` one JSON document on stdout
 * so a script reading stdout never gets an empty or half document. A bad config file, whichever
 * command read it, is its problems report: a finding at each file:line:column, exit 2.
 */
export declare function emitError(io: CliIO, thrown: unknown, format: Format): number;
