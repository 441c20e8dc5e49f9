/**
 * The deploy use case, phase 6 of the launch plan, end to end: checklist, promote, then the
 * release (deployment record, wait until live, Sentry, smoke tests, rollback on failure; see
 * release.ts). The action and the CLI call {@link runDeploy} with their own ports; everything up to
 * the merge changes nothing, so a failure there leaves the repository as it was.
 */
import type { DeployConfig } from '../config/sections/deploy.js'
import { ConfigurationError } from '../errors.js'
import { isAncestor, tryRevParse } from '../git/git.js'
import type { SentryConnect } from '../sentry/client.js'
import type { HttpSettings } from '../http/client.js'
import type { Forge } from '../ports/forge.js'
import type { RollbackRequest, RollbackResult } from '../rollback/index.js'
import { checklistPassed, evaluateChecklist, type ChecklistSkip } from './checklist.js'
import { gatherChecklistFacts } from './checklist-facts.js'
import type { Clock } from './clock.js'
import { beforeTheMerge } from './errors.js'
import { promote } from './promote.js'
import type { PullRequestMerger } from './pull-merge.js'
import { releaseMerged } from './release.js'
import { readReleaseState, type ReleaseState } from './resume.js'
import type { BranchTips } from './branch-tip.js'
import { CHECKLIST_ITEMS, type DeployOutcome } from './types.js'
import { finish } from './outcome.js'
import { checkRunnable } from './runnable.js'

/** The ports and settings a deploy runs with. */
export interface DeployDeps {
  forge: Forge
  pullRequests: PullRequestMerger
  /** Reads the target's tip commit, to find a merge an interrupted run left unreleased. */
  tips: BranchTips
  /** A git repository with the source branch's history, for the checklist's file items. */
  repoDir?: string
  gitEnv?: Record<string, string>
  /** Secrets and variables by name; only the names the config lists are read. */
  env: Record<string, string | undefined>
  clock: Clock
  /** Progress lines (stderr for the CLI, the job log for the action). */
  log: (line: string) => void
  /** The run's log, posted as every deployment status's `log_url`. */
  logUrl?: string
  /** The deploy's name on the Sentry marker, e.g. `launchgate run 42`. */
  name?: string
  /** Retries and backoff of the host and Sentry APIs (tests shorten the backoff). */
  http?: HttpSettings
  /** Connects to Sentry (the runtime's `sentry()`); built from {@link http} when not given. */
  sentry?: SentryConnect
  /** Opens the rollback pull request and issue (src/rollback's `openRollback`). */
  openRollback: (forge: Forge, request: RollbackRequest) => Promise<RollbackResult>
  /** Where the rollback writes its revert (the checkout, or the local forge's repository). */
  rollbackGit?: RollbackRequest['git']
}

/** What the person dispatching the deploy asked for. */
export interface DeployRequest {
  config: DeployConfig
  dryRun: boolean
  /** Items skipped for this run (the workflow input) and by the config. */
  skips: ChecklistSkip[]
}

/** Runs the deploy; resolves with the outcome, rejects only for errors (bad config, outages). */
export async function runDeploy(deps: DeployDeps, request: DeployRequest): Promise<DeployOutcome> {
  const { config, dryRun } = request
  checkRunnable(config)
  const source = config['source-branch']
  const target = config['target-branch']
  const [sourceSha, targetSha] = await beforeTheMerge(
    Promise.all([branchSha(deps.forge, source), branchSha(deps.forge, target)]),
  )
  const outcome: DeployOutcome = {
    ...{ result: 'checklist-failed', message: '', environment: config.environment, dryRun },
    ...{ source: { branch: source, sha: sourceSha }, target: { branch: target, sha: targetSha } },
    ...{ checklist: [], waits: [], smoke: [], warnings: [], logUrl: deps.logUrl },
  }
  deps.log(
    `deploying ${source} (${sourceSha.slice(0, 12)}) to ${target} (${targetSha.slice(0, 12)}), environment ${config.environment}${dryRun ? ', dry run' : ''}`,
  )
  const left = await beforeTheMerge(readReleaseState(deps, config, sourceSha))
  if (left.kind !== 'none') return finishLeftMerge(deps, config, outcome, left)
  const facts = await beforeTheMerge(
    gatherChecklistFacts(
      { forge: deps.forge, repoDir: deps.repoDir, gitEnv: deps.gitEnv, env: deps.env },
      config,
      { sourceSha, targetSha },
      request.skips,
    ),
  )
  outcome.checklist = evaluateChecklist(config.checklist, facts, request.skips)
  for (const item of outcome.checklist) deps.log(`[checklist] ${item.status} ${item.id}: ${item.reason}`)
  if (!checklistPassed(outcome.checklist)) {
    const failed = outcome.checklist.filter((i) => i.status === 'fail').map((i) => i.id)
    return finish(outcome, 'checklist-failed', `Checklist failed (${failed.join(', ')}): nothing was changed`)
  }
  if (dryRun) {
    outcome.targetContainsSource = await targetContains(deps, sourceSha, targetSha)
    return finish(outcome, 'dry-run', dryRunMessage(outcome, sourceSha))
  }
  const promoted = await promote(
    { forge: deps.forge, pullRequests: deps.pullRequests, clock: deps.clock, log: deps.log },
    config,
    sourceSha,
  )
  outcome.promote = promoted
  if (promoted.status === 'up-to-date') {
    // A merge whose 201 was lost and retried reads as "nothing to merge": if the target moved
    // meanwhile, that move is our merge, and it still has to be released.
    const now = await branchSha(deps.forge, target)
    if (now === targetSha) return finish(outcome, 'nothing-to-merge', capitalize(promoted.message))
    deps.log(`${target} moved to ${now.slice(0, 12)} during the merge: releasing it as this deploy's merge`)
    outcome.promote = { status: 'merged', sha: now, via: 'merges-api' }
  }
  if (promoted.status === 'conflict') return finish(outcome, 'merge-conflict', capitalize(promoted.message))
  if (promoted.status === 'refused') return finish(outcome, 'merge-refused', capitalize(promoted.message))
  return releaseMerged(deps, config, outcome)
}

/**
 * The target already holds launchgate's merge of the source's tip. Released: nothing to do, and
 * the message says by which deployment. Unreleased (an earlier run was interrupted after the
 * merge): this run finishes that release, on the deployment it left open if any. The checklist
 * passed before that merge; it is not judged again against a target that already holds it.
 */
async function finishLeftMerge(
  deps: DeployDeps,
  config: DeployConfig,
  outcome: DeployOutcome,
  left: Exclude<ReleaseState, { kind: 'none' }>,
): Promise<DeployOutcome> {
  const short = left.sha.slice(0, 12)
  const [source, target] = [config['source-branch'], config['target-branch']]
  if (left.kind === 'released') {
    outcome.sha = left.sha
    outcome.deployment = { id: left.deployment.id, state: left.deployment.state }
    return finish(
      outcome,
      'nothing-to-merge',
      `Nothing to merge: ${target} already contains ${source} (${outcome.source.sha!.slice(0, 12)}), released as ${short} by deployment ${left.deployment.id} (${left.deployment.state})`,
    )
  }
  // Judged by the run that merged (it passed there); `evaluateChecklist` lists every item skipped.
  const by = 'the run that merged it (passed there; this run finishes its release)'
  const skips = CHECKLIST_ITEMS.map((id) => ({ id, by }))
  const facts = {
    source: outcome.source as { branch: string; sha: string },
    neededSecrets: [],
    presentNames: new Set<string>(),
  }
  outcome.checklist = evaluateChecklist(config.checklist, facts, skips)
  const taken = left.carryOn ? `, taking on deployment ${left.carryOn.id}` : ''
  deps.log(
    `${target} holds the merge ${short} of ${source}, which an interrupted run did not release${taken}`,
  )
  if (outcome.dryRun)
    return finish(
      outcome,
      'dry-run',
      `Dry run: ${target} holds the merge ${short} of ${source}, not released yet; would finish its release${taken}. Nothing was changed`,
    )
  const pull = (await deps.forge.findPullRequests({ head: source, base: target, state: 'closed' })).find(
    (p) => p.merged && p.mergeCommitSha === left.sha,
  )
  outcome.promote = pull
    ? {
        status: 'merged',
        sha: left.sha,
        via: 'pull-request',
        pullRequest: { number: pull.number, url: pull.url },
        resumed: true,
      }
    : { status: 'merged', sha: left.sha, via: 'merges-api', resumed: true }
  return releaseMerged(deps, config, outcome, left.carryOn)
}

/**
 * Whether the target already holds the source's head, so a dry run does not promise a merge the
 * real run would find empty; undefined when the checkout lacks one of the two commits.
 */
async function targetContains(deps: DeployDeps, sourceSha: string, targetSha: string) {
  if (sourceSha === targetSha) return true
  const dir = deps.repoDir
  if (dir === undefined) return undefined
  const [source, target] = await Promise.all([
    tryRevParse(dir, sourceSha, deps.gitEnv),
    tryRevParse(dir, targetSha, deps.gitEnv),
  ])
  return source && target ? isAncestor(dir, sourceSha, targetSha, deps.gitEnv) : undefined
}

function dryRunMessage(outcome: DeployOutcome, sourceSha: string): string {
  const source = `${outcome.source.branch} (${sourceSha.slice(0, 12)})`
  const target = outcome.target.branch
  if (outcome.targetContainsSource === true)
    return `Dry run: the checklist passed; nothing to merge: ${target} already contains ${source}, so a deploy would release nothing. Nothing was changed`
  const unless = outcome.targetContainsSource === undefined ? ' (unless it already contains it)' : ''
  return `Dry run: the checklist passed; would merge ${source} into ${target}${unless}. Nothing was changed`
}

async function branchSha(forge: Forge, branch: string): Promise<string> {
  const sha = await forge.getBranchSha(branch)
  if (!sha) {
    throw new ConfigurationError(
      `branch ${branch} does not exist in ${forge.repo.owner}/${forge.repo.repo}: create it, or set deploy.source-branch / deploy.target-branch`,
      { key: 'deploy' },
    )
  }
  return sha
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

// Kept where callers have always found them.
export { finish } from './outcome.js'
export { checkRunnable, smokeBaseUrl } from './runnable.js'
