import { type Command } from 'commander';
import type { CliIO } from '../io.js';
export declare function registerReview(program: Command, io: CliIO, done: (code: number) => void): void;
