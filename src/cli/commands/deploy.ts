/**
 * `launchgate deploy`: phase 6 from a terminal, the same use case as the action. With
 * `--forge local` it runs against a local git remote and the local forge's records, which is how
 * the rehearsal deploys without GitHub.
 */
import path from 'node:path'
import { Option, type Command } from 'commander'
import { loadConfig } from '../../config/load.js'
import { parseSkips } from '../../deploy/checklist.js'
import { systemClock } from '../../deploy/clock.js'
import { githubDeployPorts, localDeployPorts, parseRepo, type DeployPorts } from '../../deploy/forges.js'
import { reportPipelineErrors } from '../../deploy/own-errors.js'
import { deployReport } from '../../deploy/report.js'
import { runDeploy } from '../../deploy/run.js'
import { UsageError } from '../../errors.js'
import { openRollback } from '../../rollback/index.js'
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
      const loaded = await loadConfig({ root: options.root, configPath: options.configPath })
      const config = {
        ...loaded.config.deploy,
        ...(typeof raw.environment === 'string' ? { environment: raw.environment } : {}),
      }
      const skips = [
        ...parseSkips(config.checklist.skip.join(','), 'deploy.checklist.skip'),
        ...parseSkips(
          typeof raw.skipChecklistItem === 'string' ? raw.skipChecklistItem : '',
          '--skip-checklist-item',
        ),
      ]
      const log = (line: string) => io.stderr(`${line}\n`)
      const dsn = io.env.LAUNCHGATE_SENTRY_DSN
      const outcome = await reportPipelineErrors(
        { dsn, surface: 'cli', environment: config.environment },
        async () => {
          const ports = await portsFor(raw, io, options.root)
          return runDeploy(
            { ...ports, env: io.env, clock: systemClock, log, openRollback, name: 'launchgate deploy (CLI)' },
            { config, dryRun: raw.dryRun === true, skips },
          )
        },
      )
      done(emitReport(io, deployReport(outcome), options.format))
    })
}

async function portsFor(raw: Record<string, unknown>, io: CliIO, root: string): Promise<DeployPorts> {
  const repoText = typeof raw.repo === 'string' ? raw.repo : undefined
  if (raw.forge === 'local') {
    if (typeof raw.gitDir !== 'string')
      throw new UsageError('--forge local needs --git-dir <bare repository>')
    const gitDir = path.resolve(io.cwd, raw.gitDir)
    const stateDir =
      typeof raw.stateDir === 'string'
        ? path.resolve(io.cwd, raw.stateDir)
        : path.join(gitDir, 'launchgate-forge')
    const repo = repoText === undefined ? { owner: 'local', repo: 'app' } : parseRepo(repoText)
    if (!repo) throw new UsageError(`--repo must be owner/name, got ${repoText}`)
    return localDeployPorts({ gitDir, stateDir, repo, env: gitEnvOf(io.env) })
  }
  const repo = parseRepo(repoText ?? io.env.GITHUB_REPOSITORY)
  if (!repo)
    throw new UsageError(
      'name the repository with --repo owner/name (or GITHUB_REPOSITORY), or use --forge local',
    )
  return githubDeployPorts({
    token: io.env.GITHUB_TOKEN,
    repo,
    apiUrl: typeof raw.apiUrl === 'string' ? raw.apiUrl : io.env.GITHUB_API_URL,
    checkoutDir: root,
    log: { warning: (m) => io.stderr(`warning: ${m}\n`) },
    retryAfterBaseMs: numberOr(io.env.LAUNCHGATE_RETRY_BASE_MS),
    writeSpacingMs: numberOr(io.env.LAUNCHGATE_WRITE_SPACING_MS),
  })
}

/** git reads HOME and GIT_* from the environment; the CLI's own env is passed on (tests isolate it). */
function gitEnvOf(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter(
      ([k, v]) => v !== undefined && (k.startsWith('GIT_') || k === 'HOME' || k === 'XDG_CONFIG_HOME'),
    ),
  ) as Record<string, string>
}

function numberOr(text: string | undefined): number | undefined {
  return text ? Number(text) : undefined
}
