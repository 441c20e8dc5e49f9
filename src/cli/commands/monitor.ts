/**
 * `launchgate monitor`: judge the latest deploy live (Sentry, probes, GitHub alerts) and act on it,
 * or `--replay <file>` to judge recorded samples offline. Exit 0 healthy (or nothing to check),
 * 1 rollback, 3 inconclusive.
 *
 * Live, against GitHub: `GITHUB_TOKEN` (or `GH_TOKEN`), `GITHUB_REPOSITORY` or `--repo`, and the
 * revert is written in `--root` (a clone) and pushed to its `origin`. Against the local forge
 * (the rehearsal): `--forge local --git-dir <bare repo> --state-dir <dir>`.
 */
import type { Command } from 'commander'
import { monitorRequest, runMonitor } from '../../monitor/run-monitor.js'
import { cliRuntime } from '../../runtime/cli.js'
import type { CliIO } from '../io.js'
import { commonOptions, withCommonOptions } from '../options.js'
import { emitReport } from '../output.js'

export function registerMonitor(program: Command, io: CliIO, done: (code: number) => void): void {
  withCommonOptions(
    program
      .command('monitor')
      .description('judge a deploy: healthy (exit 0), rollback (1) or inconclusive (3)')
      .option(
        '--replay <file>',
        'judge recorded samples offline (JSON: deployment, now, thresholds, samples)',
      )
      .option('--dry-run', 'report what would be done without acting')
      .option('--force', 'check now even when the cadence says no check is due')
      .option('--environment <name>', 'the deployment environment to watch (default: the config, production)')
      .option('--forge <kind>', 'github, or local for the rehearsal', 'github')
      .option(
        '--repo <owner/name>',
        'the repository (default: GITHUB_REPOSITORY; local/app for the local forge)',
      )
      .option('--git-dir <dir>', 'local forge: the bare repository deploys land in')
      .option('--state-dir <dir>', "local forge: the folder of the forge's JSON state"),
  ).action(async (raw: Record<string, unknown>) => {
    const options = commonOptions(raw, io)
    const runtime = cliRuntime(io, options, raw)
    const outcome = await runMonitor(runtime, monitorRequest(runtime, options.format === 'markdown'))
    if (outcome.live) runtime.logger.info(`launchgate monitor: ${outcome.report.title}`)
    done(emitReport(io, outcome.report, options.format, outcome.exitCode))
  })
}
