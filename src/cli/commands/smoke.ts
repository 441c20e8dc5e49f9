/**
 * `launchgate smoke`: the deploy's smoke tests (every kind, browser included) against a URL on
 * their own. Exit 0 when all pass, 1 when one fails (or a required browser test could not run),
 * 2 for bad input.
 */
import type { Command } from 'commander'
import { cliRuntime } from '../../runtime/cli.js'
import { runStandaloneSmoke } from '../../deploy/smoke/standalone.js'
import type { CliIO } from '../io.js'
import { commonOptions, withCommonOptions } from '../options.js'
import { emitReport } from '../output.js'

/** Registers the command. */
export function registerSmoke(program: Command, io: CliIO, done: (code: number) => void): void {
  withCommonOptions(
    program
      .command('smoke')
      .description('run the configured smoke tests against a URL (staging before a deploy), nothing else'),
  )
    .option(
      '--base-url <url>',
      'where the app is (default: deploy.smoke.base-url, then the first target URL)',
    )
    .option(
      '--baseline-url <url>',
      'the UI comparison: compare deploy.smoke.visual.pages with this URL (production)',
    )
    .action(async (raw: Record<string, unknown>) => {
      const options = commonOptions(raw, io)
      const runtime = cliRuntime(io, options, raw)
      const { config } = await runtime.config()
      const report = await runStandaloneSmoke(config.deploy, {
        baseUrl: typeof raw.baseUrl === 'string' ? raw.baseUrl : undefined,
        baselineUrl: typeof raw.baselineUrl === 'string' ? raw.baselineUrl : undefined,
        root: options.root,
        env: runtime.env,
        log: (line) => runtime.logger.info(line),
      })
      done(emitReport(io, report, options.format))
    })
}
