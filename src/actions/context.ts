/**
 * What an action learns from the runner about where it runs: the repository, the pull request
 * of the triggering event, and a forge to talk to GitHub through. Read once, passed down.
 */
import { readFileSync } from 'node:fs'
import * as core from '@actions/core'
import { createGitHubClient } from '../github/client.js'
import { GitHubForge } from '../github/forge.js'
import type { Forge, RepoRef } from '../ports/forge.js'
import { ConfigurationError } from '../errors.js'

export interface RunContext {
  repo: RepoRef
  eventName: string
  /** The pull request number when the event carries one (`pull_request`, `pull_request_target`). */
  pullNumber?: number
  /** Base and head commits of that pull request. */
  baseSha?: string
  headSha?: string
}

/** Reads `GITHUB_REPOSITORY`, `GITHUB_EVENT_NAME` and the payload at `GITHUB_EVENT_PATH`. */
export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/')
  if (!owner || !repo) {
    throw new ConfigurationError('GITHUB_REPOSITORY is not set: run this action in a GitHub Actions workflow')
  }
  const payload = readPayload(env.GITHUB_EVENT_PATH)
  const pr = payload.pull_request as
    { number?: number; base?: { sha?: string }; head?: { sha?: string } } | undefined
  return {
    repo: { owner, repo },
    eventName: env.GITHUB_EVENT_NAME ?? '',
    pullNumber: pr?.number,
    baseSha: pr?.base?.sha,
    headSha: pr?.head?.sha,
  }
}

function readPayload(file: string | undefined): Record<string, unknown> {
  if (!file) return {}
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>
  } catch {
    return {}
  }
}

/** The GitHub forge for this run, with the client's retries and `GITHUB_API_URL` (GHES). */
export function githubForge(
  token: string | undefined,
  repo: RepoRef,
  env: NodeJS.ProcessEnv = process.env,
): Forge {
  const client = createGitHubClient({
    token,
    baseUrl: env.GITHUB_API_URL,
    log: { warning: (m) => core.warning(m), debug: (m) => core.debug(m) },
    // Tests point GITHUB_API_URL at a local server and shorten waits through this variable.
    retryAfterBaseMs: env.LAUNCHGATE_RETRY_BASE_MS ? Number(env.LAUNCHGATE_RETRY_BASE_MS) : undefined,
    writeSpacingMs: env.LAUNCHGATE_WRITE_SPACING_MS ? Number(env.LAUNCHGATE_WRITE_SPACING_MS) : undefined,
  })
  return new GitHubForge(client, repo)
}
