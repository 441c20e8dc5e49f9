/** `launchgate audit`: workflows and action.yml files against zizmor's audits, launchgate's own rules and actionlint. */
import { Option, type Command } from 'commander'
import { cliRuntime } from '../../runtime/cli.js'
import { render } from '../../report/index.js'
import type { Severity } from '../../report/types.js'
import { TOOL } from '../../tool.js'
import { PERSONAS, type Persona } from '../../workflow-audit/finding.js'
import { RULES } from '../../workflow-audit/rules/index.js'
import { auditWorkflows } from '../../workflow-audit/run.js'
import type { CliIO } from '../io.js'
import { commonOptions, withCommonOptions } from '../options.js'

/** SARIF rule metadata with each audit's help link. */
const SARIF_RULES = Object.fromEntries(RULES.map((r) => [r.id, { description: r.title, helpUri: r.helpUri }]))

export function registerAudit(program: Command, io: CliIO, done: (code: number) => void): void {
  withCommonOptions(
    program
      .command('audit')
      .description(
        "audit workflows and action.yml: zizmor's audits (template injection, pinning, permissions, triggers...) and actionlint",
      )
      .argument(
        '[files...]',
        'files relative to --root (default: audit.paths, i.e. workflows and action.yml files)',
      ),
  )
    .addOption(
      new Option('--persona <persona>', 'regular, pedantic or auditor (default: audit.persona)').choices([
        ...PERSONAS,
      ]),
    )
    .addOption(
      new Option('--fail-on <severity>', 'lowest severity that fails (default: audit.fail-on)').choices([
        'critical',
        'high',
        'medium',
        'low',
      ]),
    )
    .action(async (files: string[], raw: Record<string, unknown>) => {
      const options = commonOptions(raw, io)
      const { config } = await cliRuntime(io, options, raw).config()
      const report = await auditWorkflows(options.root, files.length > 0 ? files : undefined, {
        persona: (raw.persona as Persona | undefined) ?? config.audit.persona,
        failOn: String(raw.failOn ?? config.audit['fail-on']).toUpperCase() as Severity,
        paths: config.audit.paths,
        settings: {
          allowUses: config.audit['forbidden-uses']?.allow,
          denyUses: config.audit['forbidden-uses']?.deny,
        },
      })
      io.stdout(render(report, options.format, { tool: { ...TOOL, rules: SARIF_RULES } }))
      done(report.ok ? 0 : 1)
    })
}
