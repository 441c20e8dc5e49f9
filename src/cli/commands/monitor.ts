/**
 * `launchgate monitor --replay <file>`: judge recorded post-deploy samples offline. The live check
 * (`launchgate monitor` against Sentry, probes and GitHub) comes with the adapters.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Command } from 'commander'
import { loadConfig } from '../../config/load.js'
import { ConfigurationError, UsageError } from '../../errors.js'
import { judgeReplay } from '../../monitor/judge-replay.js'
import { thresholdsFromConfig } from '../../monitor/thresholds.js'
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
      .option('--dry-run', 'report what would be done without acting'),
  ).action(async (raw: Record<string, unknown>) => {
    const options = commonOptions(raw, io)
    if (typeof raw.replay !== 'string') {
      throw new UsageError(
        'the live monitor is not available yet: pass --replay <file> to judge recorded samples, e.g. launchgate monitor --replay window.json --format json',
      )
    }
    const { config } = await loadConfig({ root: options.root, configPath: options.configPath })
    const file = raw.replay
    let text: string
    try {
      text = await readFile(path.resolve(io.cwd, file), 'utf8')
    } catch (error) {
      throw new ConfigurationError(`cannot read replay file ${file}: ${(error as Error).message}`, {
        position: { file },
        cause: error,
      })
    }
    const run = judgeReplay(text, file, thresholdsFromConfig(config.monitor), {
      charts: options.format === 'markdown',
    })
    done(emitReport(io, run.report, options.format, run.exitCode))
  })
}
