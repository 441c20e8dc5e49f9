/** The options every command shares, parsed and checked once. */
import path from 'node:path'
import { Option, type Command } from 'commander'
import { UsageError } from '../errors.js'
import { FORMATS, type Format } from '../report/types.js'
import type { CliIO } from './io.js'

export interface CommonOptions {
  root: string
  configPath?: string
  format: Format
}

/** Adds --config, --root and --format to a command. */
export function withCommonOptions(command: Command): Command {
  return command
    .option('-c, --config <file>', 'config file, relative to --root (default: .github/launchgate.yml)')
    .option('-r, --root <dir>', 'repository root to work on (default: the current directory)')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMATS]).default('text'))
}

/** Reads the shared options of a parsed command; paths resolve against the caller's cwd. */
export function commonOptions(raw: Record<string, unknown>, io: CliIO): CommonOptions {
  const format = String(raw.format ?? 'text')
  if (!FORMATS.includes(format as Format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got ${format}`)
  }
  return {
    root: path.resolve(io.cwd, String(raw.root ?? '.')),
    configPath: raw.config === undefined ? undefined : String(raw.config),
    format: format as Format,
  }
}
