/** Runs the CLI in-process with captured streams: the real code, no mocks. */
import { runCli } from '../../src/cli/main.js'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

export async function cli(argv: string[], cwd = process.cwd(), env: NodeJS.ProcessEnv = {}): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await runCli(argv, {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    env,
    cwd,
  })
  return { code, stdout, stderr }
}
