/** `launchgate consolidation`: one implementation per concern, and nothing imports the old ones. */
import path from 'node:path'
import type { Command } from 'commander'
import { runDiscover } from '../../consolidation/discover/run.js'
import { loadConfig, type LoadedConfig } from '../../config/load.js'
import {
  consolidationFromRuntime,
  requestedCacheDir,
  type ConsolidationRuntime,
} from '../../consolidation/run-from-runtime.js'
import { cacheDirOf } from '../../consolidation/run.js'
import { describeChanges, watchAndRecheck } from '../../consolidation/watch.js'
import { classifyError, LaunchgateError, UsageError } from '../../errors.js'
import { readKnobs } from '../../runtime/knobs.js'
import { terminalLogger } from '../../runtime/loggers.js'
import { cliRequest } from '../../runtime/request.js'
import type { CliIO } from '../io.js'
import { commonOptions, withCommonOptions, type CommonOptions } from '../options.js'
import { emitError, emitReport } from '../output.js'

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
    .option('--watch', 'check again after every change until stopped (Ctrl-C); text or markdown only')
    .action(async (raw: Record<string, unknown>) => {
      const options = commonOptions(raw, io)
      if (raw.watch === true) return done(await watchConsolidation(io, options, raw))
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
 * `--watch`: the check, then again after each change, in this process (a re-check pays no
 * start-up). A config mistake is printed and the watch goes on (the next save may fix it); the
 * exit code is the last check's.
 */
async function watchConsolidation(
  io: CliIO,
  options: CommonOptions,
  raw: Record<string, unknown>,
): Promise<number> {
  if (options.format !== 'text' && options.format !== 'markdown') {
    throw new UsageError(
      `--watch prints a report after every change: use --format text or markdown, not ${options.format}`,
    )
  }
  if (raw.updateBaseline === true) {
    throw new UsageError('--watch cannot be combined with --update-baseline: write the baseline in one run')
  }
  if (!io.stopSignal) throw new UsageError('--watch needs a terminal or a process that can be stopped')
  const signal = io.stopSignal()
  const first = checkRuntime(io, options, raw)
  const { config } = await first.config()
  const cacheDir = cacheDirOf(options.root, {
    cacheDir: requestedCacheDir(first, raw.cache !== false),
    config: config.consolidation,
  })
  let code = 0
  await watchAndRecheck({
    root: options.root,
    signal,
    ignoredDirs: cacheDir ? [path.relative(options.root, cacheDir)] : [],
    check: async (changed) => {
      const started = performance.now()
      try {
        // A new runtime each time: the config file is read again, so editing it takes effect.
        const runtime = changed.length === 0 ? first : checkRuntime(io, options, raw)
        const report = await consolidationFromRuntime(runtime, { cache: raw.cache !== false })
        code = emitReport(io, report, options.format)
      } catch (error) {
        // A file removed mid-scan (an editor's save by rename) is typed here and re-checked next
        // time; a bug still ends the watch.
        if (!(classifyError(error) instanceof LaunchgateError)) throw error
        code = emitError(io, error, options.format)
      }
      const took = Math.round(performance.now() - started)
      if (changed.length > 0)
        io.stderr(`consolidation: re-checked in ${took} ms after ${describeChanges(changed)}\n`)
      io.stderr('consolidation: watching for changes (Ctrl-C to stop)\n')
    },
  })
  return code
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
