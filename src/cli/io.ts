/** What the CLI touches of the outside world, so a test runs it in-process with real code. */
export interface CliIO {
  /** The rendered report, and nothing else (so `--format json` is one JSON document). */
  stdout(text: string): void
  /** Progress and errors. */
  stderr(text: string): void
  env: NodeJS.ProcessEnv
  cwd: string
}

/** The process's own streams. */
export function processIO(): CliIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
  }
}
