/**
 * `launchgate deploy`: phase 6 from a terminal, the same use case as the action. With
 * `--forge local` it runs against a local git remote and the local forge's records, which is how
 * the rehearsal deploys without GitHub.
 */
import { type Command } from 'commander';
import type { CliIO } from '../io.js';
/** Registers the command; exit 0 when deployed (or nothing to do), 1 when it stopped, 2 for a usage or config error. */
export declare function registerDeploy(program: Command, io: CliIO, done: (code: number) => void): void;
