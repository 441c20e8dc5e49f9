import type { Command } from 'commander';
import type { CliIO } from '../io.js';
/** Registers `prefilter bench` and `prefilter filter`. */
export declare function registerPrefilter(program: Command, io: CliIO, done: (code: number) => void): void;
