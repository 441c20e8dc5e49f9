/** `launchgate config`: validate the config file and show what each capability will do. */
import type { Command } from 'commander'
import { checkConfig, describeConfig } from '../../config/check.js'
import { cliRuntime } from '../../runtime/cli.js'
import type { CliIO } from '../io.js'
import { commonOptions, withCommonOptions } from '../options.js'
import { emitReport } from '../output.js'

export function registerConfig(program: Command, io: CliIO, done: (code: number) => void): void {
  withCommonOptions(
    program.command('config').description('validate .github/launchgate.yml and show the settings'),
  ).action(async (raw: Record<string, unknown>) => {
    const options = commonOptions(raw, io)
    const runtime = cliRuntime(io, options, raw)
    // A bad file is rendered by emitError as its problems report, like for every command.
    const loaded = await runtime.config()
    done(emitReport(io, describeConfig(loaded, await checkConfig(loaded, runtime.root)), options.format))
  })
}
