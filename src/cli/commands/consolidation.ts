/** `launchgate consolidation`: one implementation per concern, and nothing imports the old ones. */
import type { Command } from 'commander'
import { runDiscover } from '../../consolidation/discover/run.js'
import { loadConfig, type LoadedConfig } from '../../config/load.js'
import { consolidationFromRuntime, type ConsolidationRuntime } from '../../consolidation/run-from-runtime.js'
import { readKnobs } from '../../runtime/knobs.js'
import { terminalLogger } from '../../runtime/loggers.js'
import { cliRequest } from '../../runtime/request.js'
import type { CliIO } from '../io.js'
import { commonOptions, withCommonOptions, type CommonOptions } from '../options.js'
import { emitReport } from '../output.js'

/** Registers the command; exit 0 when no violation is new, 1 otherwise, 2 for a config error. */
export function registerConsolidation(program: Command, io: CliIO, done: (code: number) => void): void {
  const command = program
    .command('consolidation')
    .description('check that each concern has one implementation and nothing imports deprecated modules')
  registerDiscover(command, io, done)
  withCommonOptions(command)
    .option('--since <ref>', 'report what changed versus this git ref; violations present there are not new')
    .option(
      '--update-baseline',
      'write the baseline file with the current violations (adds new, prunes fixed)',
    )
    .option(
      '--cache-dir <dir>',
      'parse cache folder (default node_modules/.cache/launchgate or .launchgate/cache)',
    )
    .option('--no-cache', 'do not read or write the parse cache')
    .action(async (raw: Record<string, unknown>) => {
      const options = commonOptions(raw, io)
      const report = await consolidationFromRuntime(checkRuntime(io, options, raw), {
        updateBaseline: raw.updateBaseline === true,
        cache: raw.cache !== false,
      })
      done(emitReport(io, report, options.format))
    })
}

/** `launchgate consolidation discover`: propose concerns from the code alone (always exit 0). */
function registerDiscover(parent: Command, io: CliIO, done: (code: number) => void): void {
  withCommonOptions(
    parent
      .command('discover')
      .description(
        'propose concerns: modules implementing the same thing, tool-made copies, with a config snippet',
      ),
  )
    .option('--no-cache', 'do not read or write the parse cache')
    .action(async (_: unknown, command: Command) => {
      // `--root` may be written before `discover`, where the parent command parses it.
      const raw = command.optsWithGlobals<Record<string, unknown>>()
      const options = commonOptions(raw, io)
      const { config } = await checkRuntime(io, options, raw).config()
      const report = await runDiscover({
        root: options.root,
        config: config.consolidation,
        ...(raw.cache === false ? { cacheDir: false as const } : {}),
      })
      done(emitReport(io, report, options.format))
    })
}

/**
 * What cliRuntime builds, without the clients the check never calls: the full runtime imports the
 * HTTP client (axios and Node's http, https and zlib), a tenth of a second of every run.
 */
function checkRuntime(io: CliIO, options: CommonOptions, raw: Record<string, unknown>): ConsolidationRuntime {
  const knobs = readKnobs(io.env)
  let loaded: Promise<LoadedConfig> | undefined
  return {
    root: options.root,
    cwd: io.cwd,
    logger: terminalLogger((text) => io.stderr(text), { debug: knobs.debug }),
    request: cliRequest(raw, io.env),
    config: () => (loaded ??= loadConfig({ root: options.root, configPath: options.configPath })),
  }
}
