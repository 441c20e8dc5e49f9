/**
 * `npx launchgate <command> [options]`. Each capability registers its command from
 * `commands/<name>.ts`; exit codes: 0 gate passed, 1 gate failed, 2 usage or config error,
 * 3 inconclusive (the monitor could not judge).
 */
import { Command, CommanderError } from 'commander'
import { ExitCode } from '../errors.js'
import type { Format } from '../report/types.js'
import { CAPABILITIES } from '../capabilities.js'
import type { CliIO } from './io.js'

/**
 * Every command, from the capability registry, loaded only when it runs: a capability pulls in
 * parsers, tokenizers or ESLint, and `launchgate consolidation` should not pay for the review's
 * start-up. Help lists them all.
 */
const COMMANDS = Object.fromEntries(
  CAPABILITIES.flatMap((c) => (c.command ? [[c.name, c.command] as const] : [])),
)
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
  // The first word that is not an option names the command; without one (help, --version, a
  // typo) every command is registered so commander can list them and suggest the right one.
  const named = argv.find((a) => !a.startsWith('-'))
  const versionOnly = named === undefined && (argv.includes('--version') || argv.includes('-V'))
  const load =
    named !== undefined && Object.hasOwn(COMMANDS, named)
      ? [COMMANDS[named]!]
      : versionOnly
        ? []
        : Object.values(COMMANDS)
  // One at a time: Jest's ESM loader (the in-process tests) fails on concurrent dynamic imports.
  for (const loadRegister of load) (await loadRegister())(program, io, done)

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
