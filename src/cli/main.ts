/**
 * `npx launchgate <command> [options]`. Each capability registers its command from
 * `commands/<name>.ts`; exit codes: 0 gate passed, 1 gate failed, 2 usage or config error,
 * 3 inconclusive (the monitor could not judge).
 */
import { Command, CommanderError } from 'commander'
import { ExitCode } from '../errors.js'
import type { Format } from '../report/types.js'
import { registerAudit } from './commands/audit.js'
import { registerConfig } from './commands/config.js'
import { registerConsolidation } from './commands/consolidation.js'
import { registerDeploy } from './commands/deploy.js'
import { registerMonitor } from './commands/monitor.js'
import { registerPrefilter } from './commands/prefilter.js'
import { registerRehearse } from './commands/rehearse.js'
import { registerReview } from './commands/review.js'
import type { CliIO } from './io.js'
import { TOOL } from '../tool.js'
import { emitError } from './output.js'

/** Runs the CLI with its arguments (without `node` and the script) and returns the exit code. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  let exitCode: number = ExitCode.ok
  const done = (code: number) => {
    exitCode = code
  }
  const program = new Command('launchgate')
    .description('Release pipeline as code: consolidation, prefilter, review, deploy and monitor gates.')
    .version(TOOL.version)
    .exitOverride()
    .showHelpAfterError()
    .configureOutput({ writeOut: (s) => io.stderr(s), writeErr: (s) => io.stderr(s) })
  registerConfig(program, io, done)
  registerConsolidation(program, io, done)
  registerPrefilter(program, io, done)
  registerReview(program, io, done)
  registerDeploy(program, io, done)
  registerMonitor(program, io, done)
  registerRehearse(program, io, done)
  registerAudit(program, io, done)

  try {
    await program.parseAsync(argv, { from: 'user' })
    return exitCode
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and --version exit 0; every other parse problem is a usage error.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage
    }
    return emitError(io, error, formatOf(argv))
  }
}

/** The requested format, read leniently so an error is printed the way the caller asked. */
function formatOf(argv: string[]): Format {
  const i = argv.findIndex((a) => a === '--format' || a === '-f')
  const inline = argv.find((a) => a.startsWith('--format='))?.slice('--format='.length)
  const value = inline ?? (i >= 0 ? argv[i + 1] : undefined)
  return value === 'json' || value === 'markdown' || value === 'sarif' ? value : 'text'
}
