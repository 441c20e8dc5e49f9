/**
 * The composition root: what every capability needs from the world, built once per run from the
 * environment and the request, the same way for an action and a CLI command. Use cases take a
 * {@link Runtime} and a request; the front ends only parse, call, and publish. No client is built
 * and no knob is read anywhere else.
 */
import path from 'node:path'
import { loadConfig, type LoadedConfig } from '../config/load.js'
import { ConfigurationError, UsageError } from '../errors.js'
import type { GitHubClient } from '../github/client.js'
import type { HttpLog, HttpSettings } from '../http/client.js'
import { embeddingsFromConfig, type EmbeddingsSetting, type PrefilterConfig } from '../prefilter/settings.js'
import { connectSentry, type SentryConnect } from '../sentry/client.js'
import type { Forge, RepoRef } from '../ports/forge.js'
import type { Logger } from '../ports/logger.js'
import { parseRepo, readRunEvent, workflowRunUrl, type RunEvent } from './event.js'
import { readKnobs, type Knobs } from './knobs.js'
import type { Request } from './request.js'
import { isoDay } from '../util/dates.js'

/** What a front end knows before anything runs. */
export interface RuntimeBase {
  surface: 'action' | 'cli'
  env: NodeJS.ProcessEnv
  /** Where relative paths of the user resolve (the workspace in an action). */
  cwd: string
  logger: Logger
  request: Request
  /** The repository root the run works on. */
  root: string
  /** The config file relative to the root; undefined means the default (optional) file. */
  configPath?: string
  /** The GitHub token: the action's `github-token` input, or `GITHUB_TOKEN`/`GH_TOKEN` on a terminal. */
  token?: string
  /** Hides a secret from every later log line (the runner's masking; nothing on a terminal). */
  mask(value: string): void
  /** The knobs, when the front end already read them (its logger needed one); read here otherwise. */
  knobs?: Knobs
}

export interface Runtime extends RuntimeBase {
  knobs: Knobs
  /** The root relative to the workspace (`''` when the same): annotations and SARIF need it. */
  rootInWorkspace: string
  /** The config file, loaded once. */
  config(): Promise<LoadedConfig>
  /** The triggering event (empty outside a workflow). */
  event(): RunEvent
  /** The repository: the `repo` input or flag, else `GITHUB_REPOSITORY`; `hint` says what else to do. */
  repo(hint?: string): RepoRef
  /**
   * A GitHub client with retries, throttling and the knobs; one per token. Loaded on first use:
   * Octokit is a third of a small command's start, and most CLI runs never call GitHub.
   */
  github(token?: string): Promise<GitHubClient>
  /** What every other HTTP client (hosts, Sentry, embeddings) is built with: the logger and retry backoff. */
  http: HttpSettings & { log: HttpLog }
  /** A Sentry client for a target, built with {@link http}. */
  sentry: SentryConnect
  /** The embeddings provider a prefilter section names, its key read from the variable it names. */
  embeddings(section: PrefilterConfig): EmbeddingsSetting
  /** The repository as a forge, through {@link github}. */
  forge(token?: string): Promise<Forge>
  /** The workflow run's page, when inside one. */
  runUrl(): string | undefined
  /** Today as `YYYY-MM-DD` (UTC), the date waivers and records compare with. */
  today(): string
  /** A wrong request, as the front end calls it: a usage error on a terminal, a configuration error in an action. */
  requestError(message: string, key: string): UsageError | ConfigurationError
}

/** Builds the runtime; the knobs are checked now, so a bad one fails before any work. */
export function createRuntime(base: RuntimeBase): Runtime {
  const knobs = base.knobs ?? readKnobs(base.env)
  const clients = new Map<string, Promise<GitHubClient>>()
  let loaded: Promise<LoadedConfig> | undefined
  let event: RunEvent | undefined
  const workspace = base.env.GITHUB_WORKSPACE || base.cwd
  const requestError = (message: string, key: string) =>
    base.surface === 'cli' ? new UsageError(message) : new ConfigurationError(message, { key })
  // The retry knob (`LAUNCHGATE_RETRY_BASE_MS`) when set; each client's own default otherwise.
  const http: Runtime['http'] = {
    log: base.logger,
    ...(knobs.retryBaseMs === undefined ? {} : { retryBaseMs: knobs.retryBaseMs }),
  }
  const runtime: Runtime = {
    ...base,
    knobs,
    http,
    sentry: connectSentry(http),
    embeddings: (section) => embeddingsFromConfig(section, base.env, base.logger, http),
    rootInWorkspace:
      base.surface === 'action' ? path.relative(workspace, base.root).split(path.sep).join('/') : '',
    config: () => (loaded ??= loadConfig({ root: base.root, configPath: base.configPath })),
    event: () => (event ??= readRunEvent(base.env)),
    repo(hint) {
      const text = base.request.text('repo') ?? base.env.GITHUB_REPOSITORY
      const repo = parseRepo(text)
      if (repo) return repo
      const wrong = text ? `the repository must be owner/name, got '${text}'` : undefined
      // On a terminal the repository is a flag; in an action, the runner's to set.
      throw requestError(
        base.surface === 'cli'
          ? `${wrong ?? 'name the repository'}: --repo owner/name (or GITHUB_REPOSITORY)${hint ? `; ${hint}` : ''}`
          : (wrong ?? 'GITHUB_REPOSITORY is not set: run this action in a GitHub Actions workflow'),
        'repo',
      )
    },
    github(token = base.token) {
      const key = token ?? ''
      let client = clients.get(key)
      if (!client) {
        client = import('../github/client.js').then(({ createGitHubClient }) =>
          createGitHubClient({
            token,
            baseUrl: base.request.text('api-url') ?? base.env.GITHUB_API_URL,
            log: base.logger,
            retryAfterBaseMs: knobs.retryBaseMs,
            writeSpacingMs: knobs.writeSpacingMs,
            timeoutMs: knobs.githubTimeoutMs,
          }),
        )
        clients.set(key, client)
      }
      return client
    },
    async forge(token) {
      // The repository first: a missing one is the user's mistake, named before anything loads.
      const repo = runtime.repo()
      const { GitHubForge } = await import('../github/forge.js')
      return new GitHubForge(await runtime.github(token), repo)
    },
    runUrl() {
      const repo = parseRepo(base.env.GITHUB_REPOSITORY)
      return repo ? workflowRunUrl(base.env, repo) : undefined
    },
    today: () => isoDay(new Date()),
    requestError,
  }
  return runtime
}
