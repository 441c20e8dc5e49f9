/**
 * `launchgate deploy`: phase 6 from a terminal, the same use case as the action. With
 * `--forge local` it runs against a local git remote and the local forge's records, which is how
 * the rehearsal deploys without GitHub.
 */
import { Option, type Command } from 'commander'
import { deployReport } from '../../deploy/report.js'
import { deployFromRuntime } from '../../deploy/run-from-runtime.js'
import { cliRuntime } from '../../runtime/cli.js'
import type { CliIO } from '../io.js'
import { commonOptions, withCommonOptions } from '../options.js'
import { emitReport } from '../output.js'

/** Registers the command; exit 0 when deployed (or nothing to do), 1 when it stopped, 2 for a usage or config error. */
export function registerDeploy(program: Command, io: CliIO, done: (code: number) => void): void {
  withCommonOptions(
    program
      .command('deploy')
      .description('checklist, merge staging into main, wait until live, smoke tests, deployment record'),
  )
    .option('--dry-run', 'run the checklist and say what would be merged; change nothing')
    .option('--skip-checklist-item <ids>', 'checklist items to skip this time, comma separated')
    .option('--environment <name>', 'deployment environment (default: deploy.environment of the config)')
    .addOption(
      new Option('--forge <kind>', 'where branches, checks and deployments live')
        .choices(['github', 'local'])
        .default('github'),
    )
    .option('--git-dir <dir>', 'local forge: the git remote (bare repository) to deploy')
    .option('--state-dir <dir>', 'local forge: folder of its records (default: <git-dir>/launchgate-forge)')
    .option('--repo <owner/name>', 'repository (default: GITHUB_REPOSITORY; local/app for the local forge)')
    .option('--api-url <url>', 'GitHub API URL (default: GITHUB_API_URL, then api.github.com)')
    .action(async (raw: Record<string, unknown>) => {
      const options = commonOptions(raw, io)
      const outcome = await deployFromRuntime(cliRuntime(io, options, raw))
      done(emitReport(io, deployReport(outcome), options.format))
    })
}
