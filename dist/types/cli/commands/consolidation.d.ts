import type { Command } from 'commander';
import type { CliIO } from '../io.js';
/** Registers the command; exit 0 when no violation is new, 1 otherwise, 2 for a config error. */
export declare function registerConsolidation(program: Command, io: CliIO, done: (code: number) => void): void;
