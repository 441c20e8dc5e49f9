/**
 * The monitor world with the GitHub test server: the deployment and its success status in the
 * fake (its clock moved to the deploy's time), the real git remote joined to it by the mirror, and
 * the CLI run from a shallow checkout as a runner would.
 */
import { cli, type CliRun } from '../../support/cli.js'
import { startGitHubServer, type GitHubServer, type RepoState } from '../../support/github-server/index.js'
import { mirrorRemote, type GitHubMirror } from '../../rollback/support/github-mirror.js'
import { createWorld, type MonitorWorld } from './world.js'

export interface GitHubWorld extends MonitorWorld {
  gh: GitHubServer
  state: RepoState
  checkout: string
  deploymentId: number
  /** `launchgate monitor --format json` from the checkout; the JSON parsed. */
  monitor(...args: string[]): Promise<CliRun & { json: Record<string, unknown> }>
}

export async function createGitHubWorld(): Promise<GitHubWorld> {
  const world = await createWorld()
  const gh = await startGitHubServer()
  let mirror: GitHubMirror | undefined
  try {
    const state = gh.state.addRepo('acme', 'app')
    mirror = await mirrorRemote(world.repo.remote.dir, world.repo.work.env, state)
    await mirror.sync('main')
    const deployment = state.addDeployment({ ref: 'main', sha: world.repo.merge, environment: 'production' })
    const logUrl = 'https://github.com/acme/app/actions/runs/1'
    const live = state.addDeploymentStatus(deployment.id, {
      state: 'success',
      environmentUrl: world.app.url,
      logUrl,
    })
    live.createdAt = new Date(world.deployedAt).toISOString()
    const checkout = await world.repo.checkout()
    await world.writeConfig(checkout)
    const env = {
      ...world.env,
      GITHUB_API_URL: gh.url,
      GITHUB_TOKEN: 'ghs_monitor_test_token',
      GITHUB_REPOSITORY: 'acme/app',
      GITHUB_RUN_ID: '42',
      LAUNCHGATE_WRITE_SPACING_MS: '0',
    }
    const closeMirror = mirror
    return {
      ...world,
      gh,
      state,
      checkout,
      deploymentId: deployment.id,
      async monitor(...args) {
        const run = await cli(['monitor', '--format', 'json', '--root', checkout, ...args], checkout, env)
        return { ...run, json: JSON.parse(run.stdout) as Record<string, unknown> }
      },
      async cleanup() {
        try {
          gh.assertNoViolations()
        } finally {
          await Promise.all([gh.close(), closeMirror.close()])
          await world.cleanup()
        }
      },
    }
  } catch (error) {
    await Promise.all([gh.close(), mirror?.close()])
    await world.cleanup()
    throw error
  }
}
