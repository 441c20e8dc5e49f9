/**
 * `launchgate prefilter bench|filter|learn`: benchmark the tool prefilter on labelled cases
 * (gated), filter the tools for one message and print them as JSON for a backend in another
 * language, or learn aliases and companions from the app's logged turns.
 */
import { writeFile } from 'node:fs/promises'
import { pathToFileURL } from 'node:url'
import path from 'node:path'
import type { Command } from 'commander'
import { UsageError } from '../../errors.js'
import { filterReport } from '../../prefilter/filter-report.js'
import { ToolPrefilter } from '../../prefilter/prefilter.js'
import { casesFromLog, learnAssociations, parseLog, type Associations } from '../../prefilter/learn.js'
import { chainRedactors, redactPersonalData, type Redactor } from '../../prefilter/redact.js'
import { filterWithEmbeddings, SemanticIndex } from '../../prefilter/semantic.js'
import { optionsFromConfig, withAssociations } from '../../prefilter/settings.js'
import {
  nameList,
  prefilterBenchRequest,
  prefilterInput,
  readAssociations,
  readPrefilterInput,
  runPrefilterBench,
} from '../../prefilter/run.js'
import { parseToolFile } from '../../prefilter/tool-file.js'
import type { PrefilterContext } from '../../prefilter/types.js'
import { cliRuntime } from '../../runtime/cli.js'
import type { Runtime } from '../../runtime/runtime.js'
import type { CliIO } from '../io.js'
import { commonOptions, withCommonOptions } from '../options.js'
import { emitReport } from '../output.js'

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

/** Loads config, tools and learned associations, and builds the prefilter. */
async function prepare(runtime: Runtime) {
  const { config } = await runtime.config()
  const tools = prefilterInput(runtime, runtime.request.text('tools'), config.prefilter.tools, 'tools')
  const parsed = parseToolFile(await readPrefilterInput(tools, 'tools'), tools.shown)
  const learned = await readAssociations(runtime)
  const core = nameList(runtime.request.text('core'))
  const prefilterOptions = withAssociations(optionsFromConfig(config.prefilter, core), learned)
  return { config, tools, prefilter: new ToolPrefilter(parsed, prefilterOptions) }
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
      .option('--core <names>', 'comma-separated core tools (default: prefilter.core-tools)')
      .option('--base <ref>', 'also benchmark this git ref (its registry, cases and config) and compare'),
  ).action(async (raw: Record<string, unknown>) => {
    const options = commonOptions(raw, io)
    const runtime = cliRuntime(io, options, raw)
    const { report } = await runPrefilterBench(runtime, prefilterBenchRequest(runtime))
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
    const options = commonOptions(raw, io)
    const runtime = cliRuntime(io, options, raw)
    const { prefilter, config } = await prepare(runtime)
    const message = String(raw.message ?? '')
    // An embeddings provider, when the config names one, adds what words alone miss; offline otherwise.
    const embeddings = runtime.embeddings(config.prefilter)
    if (embeddings.warning) runtime.logger.warning(embeddings.warning)
    const result = embeddings.provider
      ? await filterWithEmbeddings(
          prefilter,
          await SemanticIndex.prepare(prefilter, embeddings.provider, { log: runtime.logger }),
          message,
          context,
        )
      : prefilter.filter(message, context)
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
    const runtime = cliRuntime(io, options, raw)
    const { config } = await runtime.config()
    const log = prefilterInput(runtime, runtime.request.text('log'), undefined, 'log')
    const turns = parseLog(await readPrefilterInput(log, 'log'), log.shown)
    const learned: Associations = learnAssociations(turns)
    const out = prefilterInput(
      runtime,
      runtime.request.text('out'),
      config.prefilter.associations ?? '.github/prefilter-associations.json',
      'out',
    )
    await writeFile(out.absolute, `${JSON.stringify(learned, null, 2)}\n`)
    let cases = 0
    if (typeof raw.casesOut === 'string') {
      const tools = prefilterInput(runtime, runtime.request.text('tools'), config.prefilter.tools, 'tools')
      const names = new Set(
        parseToolFile(await readPrefilterInput(tools, 'tools'), tools.shown).map((t) => t.name),
      )
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
