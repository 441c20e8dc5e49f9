import { type LoadedConfig } from '../config/load.js';
import { ConfigurationError, UsageError } from '../errors.js';
import type { GitHubClient } from '../github/client.js';
import type { HttpLog, HttpSettings } from '../http/client.js';
import { type EmbeddingsSetting, type PrefilterConfig } from '../prefilter/settings.js';
import { type SentryConnect } from '../sentry/client.js';
import type { Forge, RepoRef } from '../ports/forge.js';
import type { Logger } from '../ports/logger.js';
import { type RunEvent } from './event.js';
import { type Knobs } from './knobs.js';
import type { Request } from './request.js';
/** What a front end knows before anything runs. */
export interface RuntimeBase {
    surface: 'action' | 'cli';
    env: NodeJS.ProcessEnv;
    /** Where relative paths of the user resolve (the workspace in an action). */
    cwd: string;
    logger: Logger;
    request: Request;
    /** The repository root the run works on. */
    root: string;
    /** The config file relative to the root; undefined means the default (optional) file. */
    configPath?: string;
    /** The GitHub token: the action's `github-token` input, or `GITHUB_TOKEN`/`GH_TOKEN` on a terminal. */
    token?: string;
    /** Hides a secret from every later log line (the runner's masking; nothing on a terminal). */
    mask(value: string): void;
    /** The knobs, when the front end already read them (its logger needed one); read here otherwise. */
    knobs?: Knobs;
}
export interface Runtime extends RuntimeBase {
    knobs: Knobs;
    /** The root relative to the workspace (`''` when the same): annotations and SARIF need it. */
    rootInWorkspace: string;
    /** The config file, loaded once. */
    config(): Promise<LoadedConfig>;
    /** The triggering event (empty outside a workflow). */
    event(): RunEvent;
    /** The repository: the `repo` input or flag, else `GITHUB_REPOSITORY`; `hint` says what else to do. */
    repo(hint?: string): RepoRef;
    /**
     * A GitHub client with retries, throttling and the knobs; one per token. Loaded on first use:
     * Octokit is a third of a small command's start, and most CLI runs never call GitHub.
     */
    github(token?: string): Promise<GitHubClient>;
    /** What every other HTTP client (hosts, Sentry, embeddings) is built with: the logger and retry backoff. */
    http: HttpSettings & {
        log: HttpLog;
    };
    /** A Sentry client for a target, built with {@link http}. */
    sentry: SentryConnect;
    /** The embeddings provider a prefilter section names, its key read from the variable it names. */
    embeddings(section: PrefilterConfig): EmbeddingsSetting;
    /** The repository as a forge, through {@link github}. */
    forge(token?: string): Promise<Forge>;
    /** The workflow run's page, when inside one. */
    runUrl(): string | undefined;
    /** Today as `YYYY-MM-DD` (UTC), the date waivers and records compare with. */
    today(): string;
    /** A wrong request, as the front end calls it: a usage error on a terminal, a configuration error in an action. */
    requestError(message: string, key: string): UsageError | ConfigurationError;
}
/** Builds the runtime; the knobs are checked now, so a bad one fails before any work. */
export declare function createRuntime(base: RuntimeBase): Runtime;
