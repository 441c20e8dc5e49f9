import type { Command } from 'commander';
/** What the CLI touches of the outside world, so a test runs it in-process with real code. */
export interface CliIO {
    /** The rendered report, and nothing else (so `--format json` is one JSON document). */
    stdout(text: string): void;
    /** Progress and errors. */
    stderr(text: string): void;
    env: NodeJS.ProcessEnv;
    cwd: string;
    /**
     * A signal that stops a command that runs until stopped (`consolidation --watch`): Ctrl-C or
     * SIGTERM in a process. Asked for only by such a command, so every other command keeps Node's
     * default handling of the signals.
     */
    stopSignal?(): AbortSignal;
}
/** The process's own streams. */
export declare function processIO(): CliIO;
/** How a capability adds its command: registers it on the program and reports its exit code. */
export type Register = (program: Command, io: CliIO, done: (code: number) => void) => void;
