/**
 * What the runner says about the run: the repository, the triggering event and, for a pull
 * request, its number, base and head. The CLI inside a workflow's `run:` step sees the same.
 */
import { readFileSync } from 'node:fs'
import type { RepoRef } from '../ports/forge.js'

export interface RunEvent {
  name: string
  /** The pull request number when the event carries one (`pull_request`, `pull_request_target`). */
  pullNumber?: number
  baseSha?: string
  headSha?: string
  /** The pull request's title and body, for the review's LLM pass (untrusted, fenced there). */
  pullRequest?: { title: string; body: string }
}

/** Reads `GITHUB_EVENT_NAME` and the payload at `GITHUB_EVENT_PATH`; an unreadable payload is none. */
export function readRunEvent(env: NodeJS.ProcessEnv): RunEvent {
  const payload = readPayload(env.GITHUB_EVENT_PATH)
  const pr = payload.pull_request as
    | {
        number?: number
        title?: string
        body?: string | null
        base?: { sha?: string }
        head?: { sha?: string }
      }
    | undefined
  return {
    name: env.GITHUB_EVENT_NAME ?? '',
    pullNumber: pr?.number,
    baseSha: pr?.base?.sha,
    headSha: pr?.head?.sha,
    ...(pr?.title ? { pullRequest: { title: pr.title, body: pr.body ?? '' } } : {}),
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

/** `owner/name`, or undefined when it is not exactly that. */
export function parseRepo(text: string | undefined): RepoRef | undefined {
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(text?.trim() ?? '')
  return match ? { owner: match[1]!, repo: match[2]! } : undefined
}

/** The workflow run this run is part of, when the runner says so. */
export function workflowRunUrl(env: NodeJS.ProcessEnv, repo: RepoRef): string | undefined {
  if (!env.GITHUB_RUN_ID) return undefined
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com'
  return `${server}/${repo.owner}/${repo.repo}/actions/runs/${env.GITHUB_RUN_ID}`
}
