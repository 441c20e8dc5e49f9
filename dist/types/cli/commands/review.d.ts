/**
 * `launchgate review --base <ref> [--head <ref>]`: the seven agents' review of the change between
 * two commits of a local repository (deterministic analyzers, then the LLM pass when a provider is
 * configured and its key is in the environment), and the gate. Exit 0 when the gate passes, 1 when
 * it fails, 2 for a usage or config mistake.
 */
import { type Command } from 'commander';
import type { CliIO } from '../io.js';
export declare function registerReview(program: Command, io: CliIO, done: (code: number) => void): void;
