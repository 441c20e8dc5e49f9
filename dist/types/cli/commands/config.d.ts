/** `launchgate config`: validate the config file and show what each capability will do. */
import type { Command } from 'commander';
import type { CliIO } from '../io.js';
export declare function registerConfig(program: Command, io: CliIO, done: (code: number) => void): void;
