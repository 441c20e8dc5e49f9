/**
 * The rollback use case: a revert of the deployed merge on branch `rollback/<sha>`, a PR labelled
 * `rollback` with the evidence, and a rollback issue linked to it, exactly once.
 *
 * Idempotence rests on three atomic refusals, never on a read-then-write:
 * 1. creating branch `rollback/<sha>` (git refuses an existing ref): one run wins the rollback;
 * 2. opening the PR (GitHub keeps one open PR per head branch): one PR, whoever opens it;
 * 3. the issue is found by its hidden marker; a run that finds the branch but no issue or PR
 *    asks whether the run that made the branch is alive (lock-holder.ts): while it is, that run
 *    opens them; once it is not (killed, or on another host past a minute's grace) this run
 *    finishes the work itself. Should two runs both open an issue all the same, the oldest is
 *    kept and the other run closes its own (`createIssueOnce`); the PR cannot be doubled.
 * Every later run finds the PR and the issue again and updates them, the PR's label and the links
 * between them included. Writes whose answer is lost are looked up before being sent again
 * (the GitHub forge's `writeOnce`).
 */
import type { Forge } from '../ports/forge.js'
import { findDeployPullRequest, findExisting, findHold, type ExistingRollback } from './find.js'
import { currentHolder, holderMayBeAlive, holderTrailer, localProbe } from './lock-holder.js'
import { LocalRevertWriter, PushRevertWriter, type RevertWriter } from './revert-writer.js'
import { createRollbackPull, ensureIssue, refreshRollback, type RollbackContext } from './publish.js'
import {
  DEFAULT_LABELS,
  conflictProblem,
  lockOnlyProblem,
  revertMessage,
  revertTrailer,
  rollbackBranch,
  type RollbackLabels,
} from './texts.js'
import type { RollbackRequest, RollbackResult, RollbackStep } from './types.js'
import { awaitsFirstPullAttempt } from './texts.js'

const ROLLBACK_LABEL_COLOR = 'b60205'

/**
 * Opens (or finds and updates) the rollback of a deploy.
 * @param forge GitHub or the local forge
 * @param request the deploy, the reason and the evidence; `dryRun` writes nothing
 * @returns the PR and issue, whether this run created them, and each step taken
 */
export async function openRollback(forge: Forge, request: RollbackRequest): Promise<RollbackResult> {
  const labels: RollbackLabels = { ...DEFAULT_LABELS, ...request.labels }
  const branch = rollbackBranch(request.sha)
  const base = request.base ?? (await deploymentBranch(forge, request)) ?? 'main'
  const existing = await findExisting(forge, request.sha, branch, labels)
  const deployPull = await findDeployPullRequest(forge, request.sha, base, request.pullRequest)
  const ctx: RollbackContext = {
    forge,
    request,
    labels,
    subject: {
      ...request,
      deployPullRequest: deployPull?.number,
      holderTrailer: holderTrailer(currentHolder()),
    },
  }
  const result: RollbackResult = {
    created: false,
    dryRun: request.dryRun === true,
    branch,
    base,
    pullRequest: existing.pullRequest,
    issue: existing.issue,
    steps: [],
  }
  const held = await findHold(forge, request.sha, labels, [deployPull, existing.pullRequest, existing.issue])
  if (held) {
    const detail = `\`${labels.hold}\` on ${held.on}: no automatic action`
    return { ...result, held, steps: [{ action: 'hold', outcome: 'skipped', detail }] }
  }
  if (request.dryRun) return { ...result, steps: await plan(forge, existing, branch, base) }
  if (existing.pullRequest?.state === 'closed') {
    const how = existing.pullRequest.merged ? 'merged: the rollback is done' : 'closed by a person'
    const detail = `#${existing.pullRequest.number} was ${how}; nothing to do`
    return { ...result, steps: [{ action: 'update-pull-request', outcome: 'skipped', detail }] }
  }
  if (existing.pullRequest)
    return { ...result, ...(await refreshRollback(ctx, existing.pullRequest, existing.issue)) }

  return start(ctx, existing, result)
}

/** True when a step of this run created the PR or the issue. */
function createdIn(steps: readonly RollbackStep[]): boolean {
  return steps.some(
    (s) => s.outcome === 'done' && (s.action === 'create-issue' || s.action === 'create-pull-request'),
  )
}

/** No PR yet: takes the lock by writing the revert on the branch, then opens the issue and the PR. */
async function start(
  ctx: RollbackContext,
  existing: ExistingRollback,
  result: RollbackResult,
): Promise<RollbackResult> {
  const { forge, request, labels } = ctx
  const { branch, base } = result
  await forge.ensureLabel(labels.rollback, ROLLBACK_LABEL_COLOR, 'launchgate: automatic rollback')
  const writer = request.writer ?? revertWriterFor(forge, request)
  const message = revertMessage(ctx.subject)
  const outcome = await writer.create({ merge: request.sha, base, branch, message })
  if (outcome.status === 'exists') return takeOver(ctx, writer, result)
  if (outcome.status === 'conflict') {
    // No revert to put on the branch, yet the branch is still the lock of the issue.
    if (!(await writer.claim(branch, outcome.onto))) return takeOver(ctx, writer, result)
    const problem = conflictProblem(outcome.conflicts, base)
    const steps: RollbackStep[] = [
      { action: 'create-branch', outcome: 'done', detail: `${branch} (lock only)` },
    ]
    const issue = await ensureIssue(ctx, existing.issue, { problem }, steps)
    return { ...result, issue, created: createdIn(steps), problem, steps }
  }
  const detail = `${branch} with revert ${outcome.sha.slice(0, 12)}`
  const steps: RollbackStep[] = [{ action: 'create-branch', outcome: 'done', detail }]
  const issue = await ensureIssue(ctx, existing.issue, {}, steps)
  const opened = await createRollbackPull(ctx, branch, base, issue, steps)
  return { ...result, ...opened, issue: opened.issue ?? issue, created: true, revertSha: outcome.sha, steps }
}

/**
 * This run lost the branch: another run is rolling back, or did and died. Finds what it made and
 * finishes it: the issue, and the PR when the revert is there. Without a revert on the branch
 * (a conflicting revert left the lock only, or a person made the branch) the issue says so.
 */
async function takeOver(
  ctx: RollbackContext,
  writer: RevertWriter,
  result: RollbackResult,
): Promise<RollbackResult> {
  const { sha } = ctx.request
  const now = await findExisting(ctx.forge, sha, result.branch, ctx.labels)
  if (now.pullRequest?.state === 'open')
    return { ...result, ...(await refreshRollback(ctx, now.pullRequest, now.issue)) }
  const tip = await writer.tip(result.branch)
  const steps: RollbackStep[] = []
  // While the branch's creator may still be working, it opens the issue and then the PR itself: a
  // run stepping in between the two would split the work, so it waits unless the creator already
  // tried the PR (the issue then says why there is none).
  const creatorBusy = now.issue === undefined || awaitsFirstPullAttempt(now.issue.body)
  if (creatorBusy && tip && holderMayBeAlive(tip, localProbe(ctx.request.graceMs))) {
    const detail = `the run that created ${result.branch} is still opening the issue and PR`
    return {
      ...result,
      pullRequest: now.pullRequest,
      steps: [{ action: 'wait', outcome: 'skipped', detail }],
    }
  }
  if (tip?.message.includes(revertTrailer(sha)) === true) {
    const issue = await ensureIssue(ctx, now.issue, {}, steps)
    const opened = await createRollbackPull(ctx, result.branch, result.base, issue, steps)
    return { ...result, ...opened, issue: opened.issue ?? issue, created: createdIn(steps), steps }
  }
  const problem = lockOnlyProblem(result.branch, result.base)
  const issue = await ensureIssue(ctx, now.issue, { problem }, steps)
  return { ...result, pullRequest: now.pullRequest, issue, created: createdIn(steps), problem, steps }
}

/** What a run would do, without writing: the dry-run report. */
async function plan(
  forge: Forge,
  existing: ExistingRollback,
  branch: string,
  base: string,
): Promise<RollbackStep[]> {
  const pr = existing.pullRequest
  const issue = existing.issue
  if (pr?.state === 'closed') {
    return [
      { action: 'update-pull-request', outcome: 'skipped', detail: `#${pr.number} is closed; nothing to do` },
    ]
  }
  const steps: RollbackStep[] = []
  if (pr) {
    steps.push({
      action: 'update-pull-request',
      outcome: 'would',
      detail: `update #${pr.number} with the evidence`,
    })
  } else {
    const baseSha = await forge.getBranchSha(base)
    const onto = baseSha ? ` on top of ${base} (${baseSha.slice(0, 12)})` : ` (but ${base} does not exist)`
    steps.push(
      {
        action: 'create-branch',
        outcome: 'would',
        detail: `create ${branch} with a revert of the deploy${onto}`,
      },
      { action: 'create-pull-request', outcome: 'would', detail: `open a PR from ${branch} into ${base}` },
    )
  }
  steps.push(
    issue
      ? { action: 'update-issue', outcome: 'would', detail: `update issue #${issue.number}` }
      : { action: 'create-issue', outcome: 'would', detail: 'open a rollback issue linked to the PR' },
  )
  return steps
}

/** The branch a deployment was made from, when its ref names one (not a sha or a tag). */
async function deploymentBranch(forge: Forge, request: RollbackRequest): Promise<string | undefined> {
  if (request.deploymentId === undefined) return undefined
  const deployments = await forge.listDeployments({ sha: request.sha })
  const ref = deployments.find((d) => d.id === request.deploymentId)?.ref
  if (ref === undefined || /^[0-9a-f]{40}$/i.test(ref) || ref.startsWith('refs/tags/')) return undefined
  return ref.replace(/^refs\/heads\//, '')
}

/** The default writer: the local forge's own repository, or the runner's checkout of GitHub. */
export function revertWriterFor(forge: Forge, request: Pick<RollbackRequest, 'git'>): RevertWriter {
  const git = request.git ?? {}
  const options = { env: git.env, identity: git.identity }
  if (forge.kind === 'local') return new LocalRevertWriter(git.dir ?? localGitDir(forge), options)
  const dir = git.dir ?? process.env.GITHUB_WORKSPACE ?? process.cwd()
  return new PushRevertWriter(dir, { ...options, remote: git.remote })
}

/**
 * The local forge's repository. `LocalForge` keeps `gitDir` to itself (a private getter), but it
 * is the repository its branches live in, and so the one the revert belongs in.
 */
function localGitDir(forge: Forge): string {
  if ('gitDir' in forge && typeof forge.gitDir === 'string') return forge.gitDir
  throw new Error('the local forge did not expose its git dir; pass request.git.dir')
}
