/**
 * The monitor world with the local forge: the deployment recorded in the forge's JSON state as
 * the deploy would (a success status 21 minutes ago), and the CLI run as the rehearsal runs it.
 */
import { LocalForge } from '../../../src/ports/local-forge.js'
import { cli, type CliRun } from '../../support/cli.js'
import { createWorld, type MonitorWorld } from './world.js'

export interface LocalWorld extends MonitorWorld {
  stateDir: string
  root: string
  deploymentId: number
  /** A forge over the same state, for arranging and asserting. */
  forge(): Promise<LocalForge>
  /** `launchgate monitor --format json --forge local ...` plus `args`; the JSON parsed. */
  monitor(...args: string[]): Promise<CliRun & { json: Record<string, unknown> }>
}

export async function createLocalWorld(): Promise<LocalWorld> {
  const world = await createWorld()
  const stateDir = await world.tempDir()
  const root = await world.tempDir()
  await world.writeConfig(root)
  const open = (now?: () => Date) =>
    LocalForge.open({
      gitDir: world.repo.remote.dir,
      stateDir,
      repo: { owner: 'acme', repo: 'app' },
      env: world.repo.work.env,
      now,
    })
  const past = await open(() => new Date(world.deployedAt))
  const deployment = await past.createDeployment({ ref: world.repo.merge, environment: 'production' })
  await past.createDeploymentStatus(deployment.id, { state: 'success', environmentUrl: world.app.url })
  return {
    ...world,
    stateDir,
    root,
    deploymentId: deployment.id,
    forge: () => open(),
    async monitor(...args) {
      const argv = ['monitor', '--format', 'json', '--forge', 'local', '--repo', 'acme/app']
      argv.push('--git-dir', world.repo.remote.dir, '--state-dir', stateDir, '--root', root, ...args)
      const run = await cli(argv, root, world.env)
      return { ...run, json: JSON.parse(run.stdout) as Record<string, unknown> }
    },
  }
}
