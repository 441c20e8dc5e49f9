/**
 * `launchgate prefilter bench|filter`: benchmark the tool prefilter on labelled cases (gated), or
 * filter the tools for one message and print them as JSON for a backend in another language.
 */
import path from 'node:path'
import type { Command } from 'commander'
import { loadConfig } from '../../config/load.js'
import { confinedPath, readInputFile } from '../../config/read-input.js'
import { UsageError } from '../../errors.js'
import { benchmarkSources } from '../../prefilter/benchmark-sources.js'
import { filterReport } from '../../prefilter/filter-report.js'
import { ToolPrefilter } from '../../prefilter/prefilter.js'
import { optionsFromConfig } from '../../prefilter/settings.js'
import { parseToolFile } from '../../prefilter/tool-file.js'
import type { PrefilterContext } from '../../prefilter/types.js'
import type { CliIO } from '../io.js'
import { commonOptions, withCommonOptions, type CommonOptions } from '../options.js'
import { emitReport } from '../output.js'

/** A file named on the command line (relative to the cwd) or in config (relative to the root). */
function inputPath(
  flag: unknown,
  configured: string | undefined,
  io: CliIO,
  options: CommonOptions,
  what: string,
) {
  if (typeof flag === 'string' && flag !== '') return { absolute: path.resolve(io.cwd, flag), shown: flag }
  // A path from the config stays inside the repository; one on the command line is the user's say.
  if (configured)
    return { absolute: confinedPath(options.root, configured, `prefilter.${what}`), shown: configured }
  throw new UsageError(`no ${what} file: pass --${what} <file> or set prefilter.${what} in the config`)
}

function readInput(file: { absolute: string; shown: string }, what: string): Promise<string> {
  return readInputFile(file.absolute, { display: file.shown, what: `${what} file` })
}

function coreList(raw: unknown): string[] | undefined {
  if (typeof raw !== 'string') return undefined
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

function contextOf(raw: unknown): PrefilterContext {
  if (raw === undefined) return {}
  let value: unknown
  try {
    value = JSON.parse(String(raw))
  } catch (error) {
    throw new UsageError(`--context must be a JSON object: ${(error as Error).message}`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError(
      '--context must be a JSON object, e.g. {"page": "/trips", "recentTools": ["plan_trip"]}',
    )
  }
  return value as PrefilterContext
}

/** Loads config and tools, and builds the prefilter both subcommands use. */
async function prepare(raw: Record<string, unknown>, io: CliIO) {
  const options = commonOptions(raw, io)
  const { config } = await loadConfig({ root: options.root, configPath: options.configPath })
  const tools = inputPath(raw.tools, config.prefilter.tools, io, options, 'tools')
  const parsed = parseToolFile(await readInput(tools, 'tools'), tools.shown)
  const prefilter = new ToolPrefilter(parsed, optionsFromConfig(config.prefilter, coreList(raw.core)))
  return { options, config, tools, prefilter }
}

/** Registers `prefilter bench` and `prefilter filter`. */
export function registerPrefilter(program: Command, io: CliIO, done: (code: number) => void): void {
  const group = program
    .command('prefilter')
    .description('send only the tools a message needs (launch plan phase 4)')

  withCommonOptions(
    group
      .command('bench')
      .description('benchmark the prefilter on labelled cases; exit 1 when a gate fails')
      .option('--tools <file>', 'JSON array of tool definitions (OpenAI, Anthropic or MCP format)')
      .option('--cases <file>', 'JSON Lines: {"message", "context"?, "expected": [tool names]}')
      .option('--core <names>', 'comma-separated core tools (default: prefilter.core-tools)'),
  ).action(async (raw: Record<string, unknown>) => {
    const options = commonOptions(raw, io)
    const { config } = await loadConfig({ root: options.root, configPath: options.configPath })
    const tools = inputPath(raw.tools, config.prefilter.tools, io, options, 'tools')
    const casesFile = inputPath(raw.cases, config.prefilter.cases, io, options, 'cases')
    const { report } = benchmarkSources(
      { text: await readInput(tools, 'tools'), name: tools.shown },
      { text: await readInput(casesFile, 'cases'), name: casesFile.shown },
      config.prefilter,
      coreList(raw.core),
    )
    done(emitReport(io, report, options.format))
  })

  withCommonOptions(
    group
      .command('filter')
      .description('print the tools to send for one message (use --format json from a backend)')
      .option('--tools <file>', 'JSON array of tool definitions (OpenAI, Anthropic or MCP format)')
      .requiredOption('--message <text>', "the user's message")
      .option('--context <json>', 'JSON object: page, location, userState, recentTools, turns')
      .option('--core <names>', 'comma-separated core tools (default: prefilter.core-tools)'),
  ).action(async (raw: Record<string, unknown>) => {
    const context = contextOf(raw.context)
    const { options, prefilter } = await prepare(raw, io)
    const result = prefilter.filter(String(raw.message ?? ''), context)
    done(emitReport(io, filterReport(result, prefilter.counting), options.format))
  })
}
