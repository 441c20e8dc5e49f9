/** Writes a report or an error in the requested format and maps it to the exit code. */
import { describeConfigProblems } from '../config/check.js'
import { ConfigFileError } from '../config/load.js'
import {
  classifyError,
  ConfigurationError,
  describeError,
  exitCodeFor,
  ExitCode,
  LaunchgateError,
} from '../errors.js'
import { render } from '../report/index.js'
import type { Format, Report } from '../report/types.js'
import type { CliIO } from './io.js'
import { TOOL } from '../tool.js'

/** Prints the report on stdout and returns 0 when its gate passed, 1 otherwise. */
export function emitReport(io: CliIO, report: Report, format: Format, exitCode?: number): number {
  io.stdout(render(report, format, { tool: TOOL }))
  return exitCode ?? (report.ok ? ExitCode.ok : ExitCode.gateFailed)
}

/**
 * Prints an error: always a line on stderr, and with `--format json` one JSON document on stdout
 * so a script reading stdout never gets an empty or half document. A bad config file, whichever
 * command read it, is its problems report: a finding at each file:line:column, exit 2.
 */
export function emitError(io: CliIO, thrown: unknown, format: Format): number {
  const error = classifyError(thrown)
  const message = describeError(error)
  if (error instanceof ConfigFileError) {
    // Text and markdown reports are for people and list every problem at its position: stderr
    // only says where to look, so no problem is printed twice. A JSON or SARIF document is for a
    // program, so stderr keeps the problems for the person watching.
    const forPeople = format === 'text' || format === 'markdown'
    const file = error.problems[0]!.position.file
    io.stderr(
      forPeople
        ? `launchgate: ${file} has ${error.problems.length} problem(s), listed above\n`
        : `launchgate: ${message}\n`,
    )
    return emitReport(io, describeConfigProblems(error.problems), format, ExitCode.usage)
  }
  io.stderr(`launchgate: ${message}\n`)
  if (format === 'json') {
    const kind = error instanceof LaunchgateError ? error.name : 'InternalError'
    const position = error instanceof ConfigurationError ? error.position : undefined
    io.stdout(`${JSON.stringify({ ok: false, error: { kind, message, ...position } }, null, 2)}\n`)
  }
  return exitCodeFor(error)
}
