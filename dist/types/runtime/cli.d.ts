/** The runtime of a CLI command: flags through commander, the terminal's logger, paths from the cwd. */
import type { CliIO } from '../cli/io.js';
import type { CommonOptions } from '../cli/options.js';
import { type Runtime } from './runtime.js';
/** The runtime of one command; `raw` is commander's parsed options of that command. */
export declare function cliRuntime(io: CliIO, options: CommonOptions, raw: Record<string, unknown>): Runtime;
