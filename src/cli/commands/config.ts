/** `launchgate config`: validate the config file and show what each capability will do. */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Command } from 'commander'
import { describeConfig } from '../../config/check.js'
import { loadConfig, type LoadedConfig } from '../../config/load.js'
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
    const report = describeConfig(loaded, broken)
    report.findings.push(...(await prefilterFindings(loaded, options.root)))
    if (report.findings.some((f) => f.severity === 'HIGH' || f.severity === 'CRITICAL')) report.ok = false
    done(emitReport(io, report, options.format))
  })
}

/** The prefilter section checked against the registry it names, when that file can be read. */
async function prefilterFindings(loaded: LoadedConfig, root: string) {
  const file = loaded.config.prefilter.tools
  if (!file) return []
  const text = await readFile(path.resolve(root, file), 'utf8').catch(() => undefined)
  if (text === undefined) return []
  const { checkPrefilterConfig } = await import('../../prefilter/config-check.js')
  const { parseToolFile } = await import('../../prefilter/tool-file.js')
  return checkPrefilterConfig(loaded.config.prefilter, parseToolFile(text, file), loaded.file ?? file)
}
