/**
 * The deploy's use case as both front ends call it: the request read from action inputs or CLI
 * flags, the ports built from the runtime (GitHub, or the local forge of the rehearsal), every
 * secret the deploy will read masked before anything runs, and the pipeline's own errors sent to
 * Sentry. The action and `launchgate deploy` only publish what comes back.
 */
import path from 'node:path'
import { parseRepo } from '../runtime/event.js'
import type { Runtime } from '../runtime/runtime.js'
import { gitAuth, openRollback } from '../rollback/index.js'
import { parseSkips } from './checklist.js'
import { systemClock } from './clock.js'
import { githubDeployPorts, localDeployPorts, type DeployPorts } from './forges.js'
import { reportPipelineErrors } from './own-errors.js'
import { runDeploy } from './run.js'
import { neededSecrets } from './secrets.js'
import type { DeployOutcome } from './types.js'

/** Runs the deploy as the runtime's request asks. */
export async function deployFromRuntime(runtime: Runtime): Promise<DeployOutcome> {
  const { request, env } = runtime
  const dsn = request.secret('sentry-dsn', 'LAUNCHGATE_SENTRY_DSN')
  const loaded = await runtime.config()
  const config = {
    ...loaded.config.deploy,
    environment: request.text('environment') ?? loaded.config.deploy.environment,
  }
  // Masked before anything runs, so no log line, error or summary can show a value.
  for (const { name } of neededSecrets(config)) {
    const value = env[name]
    if (value) runtime.mask(value)
  }
  const skips = [
    ...parseSkips(config.checklist.skip.join(','), 'deploy.checklist.skip'),
    ...parseSkips(request.text('skip-checklist-item') ?? '', request.label('skip-checklist-item')),
  ]
  const runId = env.GITHUB_RUN_ID
  const name =
    runtime.surface === 'action' ? `launchgate run ${runId ?? ''}`.trim() : 'launchgate deploy (CLI)'
  return reportPipelineErrors({ dsn, surface: runtime.surface, environment: config.environment }, async () =>
    runDeploy(
      {
        ...(await portsFor(runtime)),
        env,
        clock: systemClock,
        log: (line) => runtime.logger.info(line),
        openRollback,
        name,
        ...(runtime.surface === 'action' ? { logUrl: runtime.runUrl() } : {}),
        http: runtime.http,
        sentry: runtime.sentry,
      },
      { config, dryRun: request.flag('dry-run'), skips },
    ),
  )
}

async function portsFor(runtime: Runtime): Promise<DeployPorts> {
  const { request } = runtime
  if ((request.text('forge') ?? 'github') === 'local') {
    const gitDirText = request.text('git-dir')
    if (gitDirText === undefined) {
      throw runtime.requestError('--forge local needs --git-dir <bare repository>', 'git-dir')
    }
    const gitDir = path.resolve(runtime.cwd, gitDirText)
    const stateText = request.text('state-dir')
    const stateDir = stateText ? path.resolve(runtime.cwd, stateText) : path.join(gitDir, 'launchgate-forge')
    const repoText = request.text('repo')
    const repo = repoText === undefined ? { owner: 'local', repo: 'app' } : parseRepo(repoText)
    if (!repo) throw runtime.requestError(`--repo must be owner/name, got ${repoText}`, 'repo')
    return localDeployPorts({ gitDir, stateDir, repo, env: gitEnvOf(runtime.env) })
  }
  const ports = githubDeployPorts({
    client: await runtime.github(),
    repo: runtime.repo(),
    checkoutDir: runtime.root,
  })
  if (runtime.surface !== 'action') return ports
  // The rollback's push gets the token through its own environment only (no persisted credentials).
  const auth = gitAuth(runtime.token, runtime.env.GITHUB_SERVER_URL)
  if (auth.secret) runtime.mask(auth.secret)
  return { ...ports, rollbackGit: { dir: runtime.cwd, env: auth.env } }
}

/** git reads HOME and GIT_* from the environment; the caller's are passed on (tests isolate them). */
function gitEnvOf(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter(
      ([k, v]) => v !== undefined && (k.startsWith('GIT_') || k === 'HOME' || k === 'XDG_CONFIG_HOME'),
    ),
  ) as Record<string, string>
}
