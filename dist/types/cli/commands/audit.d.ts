/** `launchgate audit`: workflows and action.yml files against zizmor's audits, launchgate's own rules and actionlint. */
import { type Command } from 'commander';
import type { CliIO } from '../io.js';
export declare function registerAudit(program: Command, io: CliIO, done: (code: number) => void): void;
