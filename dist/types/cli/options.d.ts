import { type Command } from 'commander';
import { type Format } from '../report/types.js';
import type { CliIO } from './io.js';
export interface CommonOptions {
    root: string;
    configPath?: string;
    format: Format;
}
/** Adds --config, --root and --format to a command. */
export declare function withCommonOptions(command: Command): Command;
/** Reads the shared options of a parsed command; paths resolve against the caller's cwd. */
export declare function commonOptions(raw: Record<string, unknown>, io: CliIO): CommonOptions;
