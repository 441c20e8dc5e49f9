/** `launchgate audit`: the workflows of a repository against launchgate's security policy and actionlint. */
import type { Command } from 'commander'
import { auditWorkflows } from '../../workflow-audit/run.js'
import type { CliIO } from '../io.js'
import { commonOptions, withCommonOptions } from '../options.js'
import { emitReport } from '../output.js'

export function registerAudit(program: Command, io: CliIO, done: (code: number) => void): void {
  withCommonOptions(
    program
      .command('audit')
      .description(
        'audit .github/workflows: permissions, pinned actions, no ${{ }} in run:, pull_request_target, LLM jobs',
      )
      .argument('[files...]', 'workflow files relative to --root (default: .github/workflows/*.yml)'),
  ).action(async (files: string[], raw: Record<string, unknown>) => {
    const options = commonOptions(raw, io)
    const report = await auditWorkflows(options.root, files.length > 0 ? files : undefined)
    done(emitReport(io, report, options.format))
  })
}
