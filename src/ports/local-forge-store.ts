/**
 * The local forge's state: issues, pull requests, comments, labels, deployments, checks and review
 * comments in one pretty-printed `forge.json`, so a person can read (and fix) it by hand. Every
 * change is read-modify-write under a lock file and lands with an atomic rename.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { ConfigurationError } from '../errors.js'
import { writeFileAtomic } from '../util/write-file-atomic.js'
import { withFileLock } from './local-forge-lock.js'
import type { FileLockOptions } from './local-forge-lock.js'

const count = z.number().int().nonnegative()
const isoDate = z.string()

const storedIssue = z.object({
  number: count,
  title: z.string(),
  body: z.string(),
  state: z.enum(['open', 'closed']),
  labels: z.array(z.string()),
  createdAt: isoDate,
  updatedAt: isoDate,
  /** Present on pull requests only; issues and pull requests share the number sequence. */
  pullRequest: z
    .object({
      head: z.string(),
      base: z.string(),
      headSha: z.string(),
      merged: z.boolean(),
      mergeCommitSha: z.string().optional(),
    })
    .optional(),
})

const storedComment = z.object({
  id: count,
  issueNumber: count,
  body: z.string(),
  author: z.string(),
  createdAt: isoDate,
  updatedAt: isoDate,
})

const deploymentStatus = z.object({
  id: count,
  state: z.enum(['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success']),
  createdAt: isoDate,
  environmentUrl: z.string().optional(),
  logUrl: z.string().optional(),
  description: z.string().optional(),
})

const storedDeployment = z.object({
  id: count,
  sha: z.string(),
  ref: z.string(),
  environment: z.string(),
  createdAt: isoDate,
  description: z.string().optional(),
  payload: z.record(z.string(), z.unknown()).optional(),
  /** Oldest first, as they were created. */
  statuses: z.array(deploymentStatus),
})

const commitCheck = z.object({
  name: z.string(),
  state: z.enum(['success', 'failure', 'pending', 'neutral', 'skipped']),
  source: z.enum(['check-run', 'status']),
  url: z.string().optional(),
})

const storedReviewComment = z.object({
  id: count,
  pullNumber: count,
  commitSha: z.string(),
  path: z.string(),
  line: count,
  body: z.string(),
  createdAt: isoDate,
})

const forgeState = z.object({
  version: z.literal(1),
  repo: z.object({ owner: z.string(), repo: z.string() }),
  /** Last id handed out per kind; ids are never reused, even after a delete. */
  counters: z.object({
    issue: count,
    comment: count,
    deployment: count,
    deploymentStatus: count,
    reviewComment: count,
  }),
  issues: z.array(storedIssue),
  comments: z.array(storedComment),
  labels: z.array(z.object({ name: z.string(), color: z.string(), description: z.string() })),
  deployments: z.array(storedDeployment),
  /** Checks per commit sha, recorded by `LocalForge.recordCheck` (there is no CI locally). */
  checks: z.record(z.string(), z.array(commitCheck)),
  reviewComments: z.array(storedReviewComment),
})

export type ForgeState = z.infer<typeof forgeState>
export type StoredIssue = z.infer<typeof storedIssue>
export type StoredComment = z.infer<typeof storedComment>
export type StoredDeployment = z.infer<typeof storedDeployment>
export type CounterName = keyof ForgeState['counters']

/** The state of a forge nobody has written to yet. */
export function emptyState(repo: { owner: string; repo: string }): ForgeState {
  return {
    version: 1,
    repo: { owner: repo.owner, repo: repo.repo },
    counters: { issue: 0, comment: 0, deployment: 0, deploymentStatus: 0, reviewComment: 0 },
    issues: [],
    comments: [],
    labels: [],
    deployments: [],
    checks: {},
    reviewComments: [],
  }
}

/** Hands out the next id of a kind; call inside {@link ForgeStore.update} so it is persisted. */
export function nextId(state: ForgeState, counter: CounterName): number {
  state.counters[counter] += 1
  return state.counters[counter]
}

/** Reads and updates `<stateDir>/forge.json`. Safe to use from several processes at once. */
export class ForgeStore {
  /** Path of the JSON file. */
  readonly file: string
  private readonly lockFile: string

  constructor(
    stateDir: string,
    private readonly repo: { owner: string; repo: string },
    private readonly lockOptions: FileLockOptions = {},
  ) {
    this.file = join(stateDir, 'forge.json')
    this.lockFile = `${this.file}.lock`
  }

  /** The current state. Needs no lock: writes are atomic renames, so a read never sees half a file. */
  async read(): Promise<ForgeState> {
    let text: string
    try {
      text = await readFile(this.file, 'utf8')
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') return emptyState(this.repo)
      throw error
    }
    return this.parse(text)
  }

  /**
   * Runs `mutate` on a fresh copy of the state while holding the lock, then writes the result.
   * If `mutate` throws, nothing is written. Returns what `mutate` returns.
   */
  async update<T>(mutate: (state: ForgeState) => T | Promise<T>): Promise<T> {
    return withFileLock(
      this.lockFile,
      async () => {
        const state = await this.read()
        const result = await mutate(state)
        await writeFileAtomic(this.file, `${JSON.stringify(state, null, 2)}\n`)
        return result
      },
      this.lockOptions,
    )
  }

  private parse(text: string): ForgeState {
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch (error) {
      throw new ConfigurationError(`is not valid JSON; fix or delete it (${(error as Error).message})`, {
        position: { file: this.file },
        cause: error,
      })
    }
    const parsed = forgeState.safeParse(json)
    if (!parsed.success) {
      throw new ConfigurationError(
        `is not a launchgate local forge state: ${z.prettifyError(parsed.error)}`,
        {
          position: { file: this.file },
        },
      )
    }
    return parsed.data
  }
}
