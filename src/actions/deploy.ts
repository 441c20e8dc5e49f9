/**
 * The deploy action (`actions/deploy`, or the root action with `command: deploy`): phase 6 as a
 * manually dispatched workflow step. Reads the inputs, masks every secret the deploy will read,
 * runs the deploy use case against GitHub, and publishes the summary and the outputs `sha`,
 * `deployment-id` and `result`.
 */
import * as core from '@actions/core'
import { loadConfig } from '../config/load.js'
import { parseSkips } from '../deploy/checklist.js'
import { systemClock } from '../deploy/clock.js'
import { githubDeployPorts } from '../deploy/forges.js'
import { reportPipelineErrors } from '../deploy/own-errors.js'
import { deployReport } from '../deploy/report.js'
import { runDeploy } from '../deploy/run.js'
import { neededSecrets } from '../deploy/secrets.js'
import { gitAuth, openRollback } from '../rollback/index.js'
import { readRunContext } from './context.js'
import { readCommonInputs } from './inputs.js'
import { publishReport } from './publish.js'

/** The body shared by the standalone action and the root action's `deploy` command. */
export async function deployAction(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const inputs = readCommonInputs(env)
  const context = readRunContext(env)
  const dsn = core.getInput('sentry-dsn')
  if (dsn) core.setSecret(dsn)
  const { config } = await loadConfig({ root: inputs.root, configPath: inputs.configPath })
  const deploy = { ...config.deploy, environment: core.getInput('environment') || config.deploy.environment }
  // Masked before anything runs, so no log line, error or summary can show a value.
  for (const { name } of neededSecrets(deploy)) if (env[name]) core.setSecret(env[name])
  const skips = [
    ...parseSkips(deploy.checklist.skip.join(','), 'deploy.checklist.skip'),
    ...parseSkips(core.getInput('skip-checklist-item'), 'the skip-checklist-item input'),
  ]
  const workspace = env.GITHUB_WORKSPACE || process.cwd()
  // The rollback's push gets the token through its own environment only (no persisted credentials).
  const rollbackAuth = gitAuth(inputs.token, env.GITHUB_SERVER_URL)
  if (rollbackAuth.secret) core.setSecret(rollbackAuth.secret)
  const retryBaseMs = env.LAUNCHGATE_RETRY_BASE_MS ? Number(env.LAUNCHGATE_RETRY_BASE_MS) : undefined
  const ports = githubDeployPorts({
    ...{ token: inputs.token, repo: context.repo, apiUrl: env.GITHUB_API_URL, checkoutDir: inputs.root },
    log: { warning: (m) => core.warning(m), debug: (m) => core.debug(m) },
    retryAfterBaseMs: retryBaseMs,
    writeSpacingMs: env.LAUNCHGATE_WRITE_SPACING_MS ? Number(env.LAUNCHGATE_WRITE_SPACING_MS) : undefined,
  })
  const runUrl = `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${context.repo.owner}/${context.repo.repo}/actions/runs/${env.GITHUB_RUN_ID ?? ''}`
  const outcome = await reportPipelineErrors(
    { dsn, surface: 'action', environment: deploy.environment },
    () =>
      runDeploy(
        {
          ...ports,
          rollbackGit: { dir: workspace, env: rollbackAuth.env },
          ...{ env, clock: systemClock, log: (line) => core.info(line), openRollback },
          ...{ logUrl: runUrl, name: `launchgate run ${env.GITHUB_RUN_ID ?? ''}`.trim() },
          http: { retryBaseMs, log: { warning: (m) => core.warning(m) } },
        },
        { config: deploy, dryRun: core.getBooleanInput('dry-run'), skips },
      ),
  )
  const report = deployReport(outcome)
  await publishReport(report, { rootInWorkspace: inputs.rootInWorkspace })
  core.setOutput('sha', outcome.sha ?? '')
  core.setOutput('deployment-id', outcome.deployment ? String(outcome.deployment.id) : '')
  core.setOutput('result', outcome.result)
  if (!report.ok) core.setFailed(`launchgate deploy: ${outcome.message}`)
}
