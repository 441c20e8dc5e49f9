/**
 * `launchgate monitor`: judge the latest deploy live (Sentry, probes, GitHub alerts) and act on it,
 * or `--replay <file>` to judge recorded samples offline. Exit 0 healthy (or nothing to check),
 * 1 rollback, 3 inconclusive.
 *
 * Live, against GitHub: `GITHUB_TOKEN` (or `GH_TOKEN`), `GITHUB_REPOSITORY` or `--repo`, and the
 * revert is written in `--root` (a clone) and pushed to its `origin`. Against the local forge
 * (the rehearsal): `--forge local --git-dir <bare repo> --state-dir <dir>`.
 */
import type { Command } from 'commander';
import type { CliIO } from '../io.js';
export declare function registerMonitor(program: Command, io: CliIO, done: (code: number) => void): void;
