/**
 * The real local parts a deploy runs against, in one place: a git repository with `main` and
 * `staging` pushed to a bare remote, the example app, fakes of Netlify, Render and Sentry, and an
 * "auto host" that deploys `main` whenever it moves, as the real hosts do.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { stringify } from 'yaml'
import { startExampleApp, type ExampleApp } from '../../../src/rehearsal/app/index.js'
import { createBareRemote, createTempRepo, type BareRemote, type TempRepo } from '../../support/git-repos.js'
import { FAKE_SENTRY_TOKEN, startSentryServer, type SentryServer } from '../../support/sentry-server/index.js'
import { startNetlifyServer, type NetlifyServer } from '../../support/netlify-server/index.js'
import { startRenderServer, type RenderServer } from '../../support/render-server/index.js'
import type { AutoHost } from './auto-host.js'

export const NETLIFY_TOKEN = 'nf-test-token-0123456789'
export const RENDER_KEY = 'rnd-test-key-0123456789'

/** The smoke tests of the launch plan: auth, the PAM WebSocket, a database write, health. */
export const SMOKE_TESTS = [
  { name: 'health', kind: 'http', path: '/api/health', expect: { status: 200, json: { status: 'pass' } } },
  {
    name: 'login and profile',
    kind: 'auth',
    path: '/api/me',
    expect: { status: 200, json: { email: 'smoke-test@example.com' } },
  },
  { name: 'PAM websocket', kind: 'websocket', path: '/api/v1/pam/ws', 'timeout-ms': 3000 },
  {
    name: 'trip write',
    kind: 'db-write',
    path: '/api/trips',
    body: { name: 'launchgate smoke trip', days: 2 },
    authenticated: true,
  },
]

export const SECRETS = {
  SUPABASE_URL: 'https://db.example.test',
  NETLIFY_AUTH_TOKEN: NETLIFY_TOKEN,
  RENDER_API_KEY: RENDER_KEY,
  SMOKE_TEST_EMAIL: 'smoke-test@example.com',
  SMOKE_TEST_PASSWORD: 'smoke-test-password',
  SENTRY_AUTH_TOKEN: FAKE_SENTRY_TOKEN,
}

/** Keys of the deploy section to override; a function when they need the app's URL. */
export type DeployOverrides =
  Record<string, unknown> | ((parts: { app: ExampleApp }) => Record<string, unknown>)

export interface World {
  work: TempRepo
  remote: BareRemote
  app: ExampleApp
  netlify: NetlifyServer
  render: RenderServer
  sentry: SentryServer
  mainSha: string
  stagingSha: string
  configFile: string
  /** Host deploys `main`'s new commit; `netlify`/`render` say how their builds go. */
  hosts: { netlify: string[]; render: string[] }
  auto?: AutoHost
  /** Environment for the CLI or the action: isolated git, the secrets, fast retries. */
  env: Record<string, string>
  close(): Promise<void>
}

/** main: the app, a changelog, one migration; staging: a release on top of it. */
export async function createWorld(options: { deploy?: DeployOverrides } = {}): Promise<World> {
  const work = await createTempRepo({
    files: {
      'README.md': '# wheels\n',
      'CHANGELOG.md': '# Changelog\n',
      'supabase/migrations/001_init.sql': 'create table trips (id text);\n',
      'app.txt': 'v1\n',
    },
  })
  const mainSha = await work.sha()
  await work.branch('staging')
  const stagingSha = await work.commit('week 4: polish', {
    'CHANGELOG.md': '# Changelog\n\n## 1.5.0\n- PAM WebSocket consolidated\n',
    'supabase/migrations/002_trip_days.sql': 'alter table trips add column days int;\n',
    'app.txt': 'v2\n',
  })
  await work.checkout('main')
  const remote = await createBareRemote(work)
  const [app, netlify, render, sentry] = await Promise.all([
    startExampleApp({ sha: mainSha }),
    startNetlifyServer({ token: NETLIFY_TOKEN }),
    startRenderServer(RENDER_KEY),
    startSentryServer({ org: 'acme', projects: ['wheels-web', 'pam-backend'] }),
  ])
  const deploy = {
    'poll-seconds': 0.02,
    'wait-timeout-minutes': 0.05,
    checklist: { secrets: ['SUPABASE_URL'] },
    targets: [
      { name: 'frontend', kind: 'netlify', 'site-id': 'wheels', 'api-url': netlify.url, url: app.url },
      { name: 'backend', kind: 'render', 'service-id': 'srv-pam', 'api-url': render.url },
      { name: 'app', kind: 'health', 'health-url': `${app.url}/api/health` },
    ],
    smoke: { 'base-url': app.url, login: {}, tests: SMOKE_TESTS },
    sentry: {
      'api-url': sentry.url,
      org: 'acme',
      projects: ['wheels-web', 'pam-backend'],
      repository: 'acme/wheels',
    },
    ...(typeof options.deploy === 'function' ? options.deploy({ app }) : options.deploy),
  }
  const configFile = path.join(work.dir, '.github', 'launchgate.yml')
  await mkdir(path.dirname(configFile), { recursive: true })
  await writeFile(configFile, stringify({ version: 1, deploy }))
  const world: World = {
    ...{ work, remote, app, netlify, render, sentry, mainSha, stagingSha, configFile },
    hosts: { netlify: ['building', 'ready'], render: ['build_in_progress', 'live'] },
    env: { ...work.env, ...SECRETS, LAUNCHGATE_RETRY_BASE_MS: '1' },
    async close() {
      await world.auto?.stop()
      await Promise.all([app.close(), netlify.close(), render.close(), sentry.close()])
      await work.cleanup()
    },
  }
  return world
}

/** What the hosts do when `main` moves to `sha`: build it, then serve it. */
export function deployOnHosts(world: World, sha: string): void {
  world.netlify.addDeploy(
    'wheels',
    sha,
    world.hosts.netlify,
    world.hosts.netlify.includes('error')
      ? { error_message: 'Build script returned non-zero exit code: 2' }
      : {},
  )
  world.render.addDeploy('srv-pam', sha, world.hosts.render)
  if (!world.hosts.netlify.includes('error')) world.app.setSha(sha)
}
