/**
 * Runs `launchgate deploy` in-process the way `runCli` does (commander with exit override,
 * errors through `emitError`), registering the real command. Used until the command is wired
 * into src/cli/main.ts; then `cli(['deploy', ...])` from test/support/cli.ts does the same.
 */
import { Command, CommanderError } from 'commander'
import { registerDeploy } from '../../../src/cli/commands/deploy.js'
import { emitError } from '../../../src/cli/output.js'
import { ExitCode } from '../../../src/errors.js'
import type { CliRun } from '../../support/cli.js'

export async function deployCli(argv: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  let code: number = ExitCode.ok
  const io = {
    stdout: (s: string) => void (stdout += s),
    stderr: (s: string) => void (stderr += s),
    env,
    cwd,
  }
  const program = new Command('launchgate')
    .exitOverride()
    .configureOutput({ writeOut: io.stderr, writeErr: io.stderr })
  registerDeploy(program, io, (c) => (code = c))
  try {
    await program.parseAsync(['deploy', ...argv], { from: 'user' })
  } catch (error) {
    code =
      error instanceof CommanderError
        ? ExitCode.usage
        : emitError(io, error, argv.includes('json') ? 'json' : 'text')
  }
  return { code, stdout, stderr }
}
