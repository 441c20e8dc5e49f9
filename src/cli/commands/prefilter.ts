/**
 * `launchgate prefilter bench|filter|learn`: benchmark the tool prefilter on labelled cases
 * (gated), filter the tools for one message and print them as JSON for a backend in another
 * language, or learn aliases and companions from the app's logged turns.
 */
import { writeFile } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'
import path from 'node:path'
import type { Command } from 'commander'
import { loadConfig } from '../../config/load.js'
import { confinedPath, readInputFile } from '../../config/read-input.js'
import { UsageError } from '../../errors.js'
import { benchmarkSources } from '../../prefilter/benchmark-sources.js'
import { filterReport } from '../../prefilter/filter-report.js'
import { ToolPrefilter } from '../../prefilter/prefilter.js'
import {
  casesFromLog,
  learnAssociations,
  parseAssociations,
  parseLog,
  type Associations,
} from '../../prefilter/learn.js'
import { chainRedactors, redactPersonalData, type Redactor } from '../../prefilter/redact.js'
import { optionsFromConfig, withAssociations } from '../../prefilter/settings.js'
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

/** The association file the config names, if any. */
async function associationsOf(configured: string | undefined, options: CommonOptions) {
  if (!configured) return undefined
  const file = { absolute: path.resolve(options.root, configured), shown: configured }
  return parseAssociations(await readInput(file, 'associations'), configured)
}

/** Loads config, tools and learned associations, and builds the prefilter. */
async function prepare(raw: Record<string, unknown>, io: CliIO) {
  const options = commonOptions(raw, io)
  const { config } = await loadConfig({ root: options.root, configPath: options.configPath })
  const tools = inputPath(raw.tools, config.prefilter.tools, io, options, 'tools')
  const parsed = parseToolFile(await readInput(tools, 'tools'), tools.shown)
  const learned = await associationsOf(config.prefilter.associations, options)
  const prefilterOptions = withAssociations(optionsFromConfig(config.prefilter, coreList(raw.core)), learned)
  return { options, config, tools, prefilter: new ToolPrefilter(parsed, prefilterOptions) }
}

/** The app's redaction hook: a module whose default export maps a message to a safe one. */
async function redactorOf(raw: unknown, io: CliIO): Promise<Redactor> {
  if (typeof raw !== 'string' || raw === '') return redactPersonalData
  const hook = ((await import(pathToFileURL(path.resolve(io.cwd, raw)).href)) as { default?: unknown })
    .default
  if (typeof hook !== 'function')
    throw new UsageError(`--redact ${raw} must export a default function (message: string) => string`)
  return chainRedactors(redactPersonalData, hook as Redactor)
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
      await associationsOf(config.prefilter.associations, options),
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
    done(emitReport(io, filterReport(result, prefilter.counting, prefilter.missingCore), options.format))
  })

  withCommonOptions(
    group
      .command('learn')
      .description('learn aliases and companions from logged turns into an association file')
      .requiredOption('--log <file>', 'JSON Lines: {"message", "context"?, "calledTools": [tool names]}')
      .option(
        '--out <file>',
        'association file (default: prefilter.associations or .github/prefilter-associations.json)',
      )
      .option('--cases-out <file>', 'also write benchmark cases (redacted) harvested from the log')
      .option(
        '--redact <module>',
        'ES module whose default export redacts a message (after the built-in pass)',
      )
      .option('--tools <file>', 'tool registry; cases expecting tools not in it are skipped'),
  ).action(async (raw: Record<string, unknown>) => {
    const options = commonOptions(raw, io)
    const { config } = await loadConfig({ root: options.root, configPath: options.configPath })
    const log = inputPath(raw.log, undefined, io, options, 'log')
    const turns = parseLog(await readInput(log, 'log'), log.shown)
    const learned: Associations = learnAssociations(turns)
    const out = inputPath(
      raw.out,
      config.prefilter.associations ?? '.github/prefilter-associations.json',
      io,
      options,
      'out',
    )
    await writeFile(out.absolute, `${JSON.stringify(learned, null, 2)}\n`)
    let cases = 0
    if (typeof raw.casesOut === 'string') {
      const tools = inputPath(raw.tools, config.prefilter.tools, io, options, 'tools')
      const names = new Set(parseToolFile(await readInput(tools, 'tools'), tools.shown).map((t) => t.name))
      const lines = casesFromLog(turns, await redactorOf(raw.redact, io), names)
      await writeFile(path.resolve(io.cwd, raw.casesOut), lines.map((l) => `${l}\n`).join(''))
      cases = lines.length
    }
    const aliases = Object.keys(learned.aliases).length
    const companions = Object.keys(learned.companions).length
    done(
      emitReport(
        io,
        {
          capability: 'prefilter',
          title: `Learned from ${turns.length} turns: aliases for ${aliases} tools, companions for ${companions}${cases ? `, ${cases} cases` : ''} -> ${out.shown}`,
          ok: true,
          findings: [],
          data: { ...learned, file: out.shown, cases },
        },
        options.format,
      ),
    )
  })
}
