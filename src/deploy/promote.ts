/**
 * Promote: the source branch into the target branch. First GitHub's merges API (201 merged,
 * 204 nothing to merge, 409 conflict); when branch protection refuses it and the config allows,
 * through a pull request: find or open it, wait for its checks, merge it.
 */
import type { DeployConfig } from '../config/sections/deploy.js'
import { ApiError, describeError } from '../errors.js'
import type { CommitCheck, Forge, MergeResult, PullRequest } from '../ports/forge.js'
import type { Clock } from './clock.js'
import type { PullRequestMerger } from './pull-merge.js'
import type { PromoteOutcome } from './types.js'

export interface PromoteDeps {
  forge: Forge
  pullRequests: PullRequestMerger
  clock: Clock
  log: (line: string) => void
}

// What GitHub says when a rule, not the content, stops a merge into a protected branch.
const PROTECTION =
  /protected branch|branch protection|through a pull request|required status check|approving review|review is required|reviews? required|repository rule|rule violations?/i

/**
 * Tells a refusal by branch protection from a content conflict and from an outage. Pure: reads
 * the merge result or the error's status and message only.
 */
export function classifyMergeFailure(
  outcome: MergeResult | { error: unknown },
): 'protected' | 'conflict' | 'merged' | 'up-to-date' | 'error' {
  if (!('error' in outcome)) {
    if (outcome.status === 'conflict') return PROTECTION.test(outcome.message) ? 'protected' : 'conflict'
    return outcome.status
  }
  const error = outcome.error
  const refusal = error instanceof ApiError && [403, 405, 409, 422].includes(error.status ?? 0)
  return refusal && PROTECTION.test(error.message) ? 'protected' : 'error'
}

/** All green, some still running, or some failed: the verdict on a pull request's checks. */
export function checksVerdict(checks: readonly CommitCheck[]): 'green' | 'pending' | 'failed' {
  if (checks.some((c) => c.state === 'failure')) return 'failed'
  if (checks.some((c) => c.state === 'pending')) return 'pending'
  return 'green'
}

/** Merges source into target as the config says; never throws for conflicts or protection. */
export async function promote(
  deps: PromoteDeps,
  config: DeployConfig,
  sourceSha: string,
): Promise<PromoteOutcome> {
  const base = config['target-branch']
  const head = config['source-branch']
  if (config.promote === 'pull-request')
    return promoteByPullRequest(deps, config, 'the config asks for a pull request')
  const message = `Deploy ${head} (${sourceSha.slice(0, 12)}) to ${base}`
  let result: MergeResult | { error: unknown }
  try {
    result = await deps.forge.mergeBranches({ base, head: sourceSha, message })
  } catch (error) {
    result = { error }
  }
  const kind = classifyMergeFailure(result)
  if ('error' in result) {
    if (kind !== 'protected') throw result.error
    return refusedOrPullRequest(deps, config, describeError(result.error))
  }
  switch (result.status) {
    case 'merged':
      deps.log(`merged ${head} into ${base}: ${result.sha}`)
      return { status: 'merged', sha: result.sha, via: 'merges-api' }
    case 'up-to-date':
      return {
        status: 'up-to-date',
        message: `nothing to merge: ${base} already contains ${head} (${sourceSha.slice(0, 12)}); nothing was deployed`,
      }
    case 'conflict':
      if (kind === 'protected') return refusedOrPullRequest(deps, config, result.message)
      return {
        status: 'conflict',
        message: `${head} conflicts with ${base}: ${result.message}. Merge ${base} into ${head}, resolve the conflicts, push ${head} and dispatch the deploy again`,
      }
  }
}

function refusedOrPullRequest(
  deps: PromoteDeps,
  config: DeployConfig,
  why: string,
): Promise<PromoteOutcome> | PromoteOutcome {
  const base = config['target-branch']
  if (config.promote === 'auto') {
    deps.log(`branch protection refused the direct merge into ${base} (${why}); going through a pull request`)
    return promoteByPullRequest(deps, config, why)
  }
  return {
    status: 'refused',
    message: `branch protection on ${base} refused the merge: ${why}. Set deploy.promote to auto or pull-request so launchgate merges through a pull request, or allow the deploy's token to bypass the rule`,
  }
}

/** Finds or opens the deploy pull request, waits for its checks, merges it. */
async function promoteByPullRequest(
  deps: PromoteDeps,
  config: DeployConfig,
  why: string,
): Promise<PromoteOutcome> {
  const { forge, log } = deps
  const base = config['target-branch']
  const head = config['source-branch']
  const [open] = await forge.findPullRequests({ head, base, state: 'open' })
  let pull: PullRequest
  try {
    pull =
      open ??
      (await forge.createPullRequest({
        title: `Deploy ${head} to ${base}`,
        body: `Opened by launchgate deploy: ${why}.\n\nlaunchgate merges it once its checks are green.`,
        head,
        base,
        labels: [config['pull-request-label']],
      }))
  } catch (error) {
    // GitHub opens no pull request without commits to merge: the base holds the head already.
    if (!(error instanceof ApiError && error.status === 422 && /no commits between/i.test(error.message)))
      throw error
    return {
      status: 'up-to-date',
      message: `nothing to merge: ${base} already contains ${head}; nothing was deployed`,
    }
  }
  const ref = { number: pull.number, url: pull.url }
  log(`${open ? 'using' : 'opened'} pull request #${pull.number} (${pull.url})`)
  const checks = await waitForChecks(deps, config, pull)
  if (checks !== 'green') {
    const state =
      checks === 'failed' ? 'failed' : `still running after ${config['wait-timeout-minutes']} minutes`
    return {
      status: 'refused',
      pullRequest: ref,
      message: `the checks of pull request #${pull.number} ${state}: it stays open; fix them and dispatch the deploy again`,
    }
  }
  try {
    const merged = await deps.pullRequests.merge(pull, `Deploy ${head} to ${base} (#${pull.number})`)
    log(`merged pull request #${pull.number}: ${merged.sha}`)
    return { status: 'merged', sha: merged.sha, via: 'pull-request', pullRequest: ref }
  } catch (error) {
    // 405 (not mergeable: reviews, rules) and 409 (head moved) are answers for a person.
    if (!(error instanceof ApiError) || ![405, 409, 422].includes(error.status ?? 0)) throw error
    return {
      status: 'refused',
      pullRequest: ref,
      message: `pull request #${pull.number} could not be merged: ${error.message}. Resolve it on the pull request (approve, update the branch) and dispatch the deploy again`,
    }
  }
}

async function waitForChecks(deps: PromoteDeps, config: DeployConfig, pull: PullRequest) {
  const deadline = deps.clock.now() + config['wait-timeout-minutes'] * 60_000
  for (;;) {
    const verdict = checksVerdict(await deps.forge.listCommitChecks(pull.headSha))
    if (verdict !== 'pending' || deps.clock.now() >= deadline) return verdict
    deps.log(`pull request #${pull.number}: checks still running`)
    await deps.clock.sleep(config['poll-seconds'] * 1000)
  }
}
