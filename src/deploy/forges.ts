/**
 * The ports a deploy runs with, for each forge: GitHub (the action, or the CLI with a token) and
 * the local forge over a git remote (the CLI's offline rehearsal). Each names the repository the
 * checklist reads files from and the one the rollback writes its revert in.
 */
import type { GitHubClient } from '../github/client.js'
import { gitBranchTips, githubBranchTips, type BranchTips } from './branch-tip.js'
import { GitHubForge } from '../github/forge.js'
import type { Forge, RepoRef } from '../ports/forge.js'
import { LocalForge } from '../ports/local-forge.js'
import {
  branchMergePullRequestMerger,
  githubPullRequestMerger,
  type PullRequestMerger,
} from './pull-merge.js'

/** The forge-specific part of the deploy's dependencies. */
export interface DeployPorts {
  forge: Forge
  pullRequests: PullRequestMerger
  tips: BranchTips
  /** Where the checklist lists changed files. */
  repoDir: string
  gitEnv?: Record<string, string>
  /** Where the rollback writes its revert. */
  rollbackGit: { dir: string; env?: Record<string, string> }
}

export interface GitHubPortOptions {
  /** The run's client (the runtime builds it: retries, throttling, knobs). */
  client: GitHubClient
  repo: RepoRef
  /** The checkout of the repository (GITHUB_WORKSPACE in an action). */
  checkoutDir: string
}

/** GitHub: one client for the forge and the pull-request merge. */
export function githubDeployPorts(options: GitHubPortOptions): DeployPorts {
  const { client } = options
  return {
    forge: new GitHubForge(client, options.repo),
    pullRequests: githubPullRequestMerger(client, options.repo),
    tips: githubBranchTips(client, options.repo),
    repoDir: options.checkoutDir,
    rollbackGit: { dir: options.checkoutDir },
  }
}

export interface LocalPortOptions {
  /** The git remote (usually bare) whose staging and main are deployed. */
  gitDir: string
  /** Where the local forge keeps its JSON records. */
  stateDir: string
  repo: RepoRef
  env?: Record<string, string>
}

/** The local forge: the remote holds every commit, so it serves the checklist and the rollback too. */
export async function localDeployPorts(options: LocalPortOptions): Promise<DeployPorts> {
  const forge = await LocalForge.open({
    gitDir: options.gitDir,
    stateDir: options.stateDir,
    repo: options.repo,
    env: options.env,
  })
  return {
    forge,
    pullRequests: branchMergePullRequestMerger(forge),
    tips: gitBranchTips(options.gitDir, options.env),
    repoDir: options.gitDir,
    gitEnv: options.env,
    rollbackGit: { dir: options.gitDir, env: options.env },
  }
}
