/** `launchgate config`: validate the config file and show what each capability will do. */
import type { Command } from 'commander'
import { describeConfig } from '../../config/check.js'
import { loadConfig } from '../../config/load.js'
import { findMissingCanonicals } from '../../consolidation/canonicals.js'
import { missingCanonicalMessage } from '../../consolidation/concerns.js'
import type { CliIO } from '../io.js'
import { commonOptions, withCommonOptions } from '../options.js'
import { emitReport } from '../output.js'

export function registerConfig(program: Command, io: CliIO, done: (code: number) => void): void {
  withCommonOptions(
    program.command('config').description('validate .github/launchgate.yml and show the settings'),
  ).action(async (raw: Record<string, unknown>) => {
    const options = commonOptions(raw, io)
    // A bad file is rendered by emitError as its problems report, like for every command.
    const loaded = await loadConfig({ root: options.root, configPath: options.configPath })
    const concerns = loaded.config.consolidation.concerns
    const missing = await findMissingCanonicals(options.root, concerns)
    const broken = missing.map((m) => ({
      rule: 'missing-canonical',
      key: `consolidation.concerns.${m.index}.canonical`,
      message: missingCanonicalMessage(m),
    }))
    done(emitReport(io, describeConfig(loaded, broken), options.format))
  })
}
