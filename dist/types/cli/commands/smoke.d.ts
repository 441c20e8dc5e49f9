/**
 * `launchgate smoke`: the deploy's smoke tests (every kind, browser included) against a URL on
 * their own. Exit 0 when all pass, 1 when one fails (or a required browser test could not run),
 * 2 for bad input.
 */
import type { Command } from 'commander';
import type { CliIO } from '../io.js';
/** Registers the command. */
export declare function registerSmoke(program: Command, io: CliIO, done: (code: number) => void): void;
