import type { Command } from 'commander';
import type { CliIO } from '../io.js';
export declare function registerRehearse(program: Command, io: CliIO, done: (code: number) => void): void;
