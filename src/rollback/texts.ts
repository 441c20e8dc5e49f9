/**
 * The words of a rollback, as pure functions: the deterministic branch, the hidden markers that
 * find an earlier run's PR and issue again, the titles, the bodies and the revert's commit message.
 * Nothing here reads the clock or the forge, so every text is unit-testable and repeatable.
 */
import { COMMENT_MAX_CHARS } from '../report/budget.js'

/** Labels of a rollback: the PR and issue carry `rollback`; a person stops automation with `hold`. */
export interface RollbackLabels {
  rollback: string
  hold: string
}

export const DEFAULT_LABELS: Readonly<RollbackLabels> = Object.freeze({
  rollback: 'rollback',
  hold: 'rollback:hold',
})

/** The request fields the texts quote. */
export interface RollbackSubject {
  sha: string
  environment: string
  reason: string
  evidenceMarkdown: string
  deploymentId?: number
  /** The deploy's pull request, when there is one. */
  deployPullRequest?: number
  /** The `Rollback-Run` trailer naming the run that writes the revert (see lock-holder.ts). */
  holderTrailer?: string
}

// GitHub caps titles at 256 characters; a reason is one line of it.
const TITLE_MAX = 256
// Room for the header, the links and the marker around the evidence.
const BODY_MAX = COMMENT_MAX_CHARS - 2_000

/** `rollback/<sha>`: the same name in every run, which is what makes its creation a lock. */
export function rollbackBranch(sha: string): string {
  return `rollback/${sha}`
}

/** The first 12 characters of a sha, as people read them. */
export function shortSha(sha: string): string {
  return sha.slice(0, 12)
}

/** The hidden line that identifies the rollback issue of `sha`; invisible in rendered markdown. */
export function issueMarker(sha: string): string {
  return `<!-- launchgate:rollback-issue sha=${sha} -->`
}

/** The hidden line that identifies the rollback PR of `sha`. */
export function pullMarker(sha: string): string {
  return `<!-- launchgate:rollback-pr sha=${sha} -->`
}

/** The trailer of the revert commit; the branch tip is "ours" when its message carries it. */
export function revertTrailer(sha: string): string {
  return `Rollback-Of: ${sha}`
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`
}

/**
 * What failed, without the figures: each `; `-separated clause of the reason cut at its first
 * `label: `. A title is written once, when the PR or issue is opened, while a later run rewrites the
 * body with newer counts; a title that quoted counts would soon contradict its own body.
 */
export function reasonHeadline(reason: string): string {
  const clauses = oneLine(reason)
    .split(/;\s+/)
    .map((clause) => /^([^:]{1,80}?):\s/.exec(clause)?.[1] ?? clause)
    .filter((clause) => clause !== '')
  return [...new Set(clauses)].join(', ')
}

/** Title of the rollback PR. */
export function pullTitle(subject: RollbackSubject): string {
  return clip(
    `Roll back ${shortSha(subject.sha)} on ${subject.environment}: ${reasonHeadline(subject.reason)}`,
    TITLE_MAX,
  )
}

/** Title of the rollback issue. */
export function issueTitle(subject: RollbackSubject): string {
  return clip(
    `Rollback of ${shortSha(subject.sha)} on ${subject.environment}: ${reasonHeadline(subject.reason)}`,
    TITLE_MAX,
  )
}

/** The message of the revert commit (`git revert -m 1` semantics, said in its words). */
export function revertMessage(subject: RollbackSubject): string {
  return [
    `Revert ${shortSha(subject.sha)}: roll back ${subject.environment}`,
    '',
    `This reverts commit ${subject.sha}, relative to its first parent`,
    '(git revert -m 1): the deployed merge is undone on top of the current branch.',
    '',
    `Reason: ${oneLine(subject.reason)}`,
    '',
    revertTrailer(subject.sha),
    ...(subject.holderTrailer ? [subject.holderTrailer] : []),
    '',
  ].join('\n')
}

function references(subject: RollbackSubject): string[] {
  const lines = [`- Deployed commit: \`${subject.sha}\` (${subject.environment})`]
  if (subject.deploymentId !== undefined) lines.push(`- Deployment: ${subject.deploymentId}`)
  if (subject.deployPullRequest !== undefined)
    lines.push(`- Deploy pull request: #${subject.deployPullRequest}`)
  return lines
}

function evidence(subject: RollbackSubject): string {
  const text = subject.evidenceMarkdown.trim()
  if (text.length <= BODY_MAX) return text
  return `${text.slice(0, BODY_MAX)}\n\n_(evidence truncated to fit GitHub's limit)_`
}

/** Body of the rollback PR: why, the evidence, the linked issue and how to stop the automation. */
export function pullBody(subject: RollbackSubject, labels: RollbackLabels, issue?: number): string {
  return [
    pullMarker(subject.sha),
    `## Automatic rollback of \`${shortSha(subject.sha)}\` on ${subject.environment}`,
    '',
    `**Why:** ${oneLine(subject.reason)}`,
    '',
    ...references(subject),
    issue === undefined ? '- Rollback issue: being opened' : `- Rollback issue: #${issue}`,
    '',
    'This branch holds a revert of the deployed merge commit on top of the current branch. Merge it',
    `to roll back; close it to keep the release. Label the deploy's PR or the issue \`${labels.hold}\``,
    'to stop the monitor from acting on this deploy.',
    '',
    '### Evidence',
    '',
    evidence(subject),
    '',
  ].join('\n')
}

const NO_PULL_YET = '- Rollback pull request: none yet'

/**
 * Whether an issue body says its run has not tried to open the PR yet (no PR, and no reason why
 * none could be opened): the run that opened the issue is then about to open the PR itself.
 */
export function awaitsFirstPullAttempt(body: string): boolean {
  return body.split('\n').some((line) => line.trimEnd() === NO_PULL_YET)
}

/** Body of the rollback issue: the same evidence, the PR to merge, or why there is none. */
export function issueBody(
  subject: RollbackSubject,
  labels: RollbackLabels,
  link: { pullRequest?: number; problem?: string },
): string {
  const pr =
    link.pullRequest !== undefined
      ? `- Rollback pull request: #${link.pullRequest} (merge it to roll back)`
      : `${NO_PULL_YET}${link.problem ? `: ${oneLine(link.problem)}` : ''}`
  return [
    issueMarker(subject.sha),
    `## ${subject.environment} needs a rollback of \`${shortSha(subject.sha)}\``,
    '',
    `**Why:** ${oneLine(subject.reason)}`,
    '',
    ...references(subject),
    pr,
    '',
    `Add the \`${labels.hold}\` label here or on the deploy's PR to stop automatic action.`,
    '',
    '### Evidence',
    '',
    evidence(subject),
    '',
  ].join('\n')
}

/** Why a revert could not be written: later commits changed the same lines. */
export function conflictProblem(conflicts: readonly string[], base: string): string {
  return (
    `the automatic revert conflicts with later commits on ${base} in ${conflicts.join(', ')}; ` +
    'revert by hand (git revert -m 1 <sha>), resolve, and open the PR'
  )
}

/** Why there is no PR when the rollback branch holds no revert (the lock of a conflicting revert). */
export function lockOnlyProblem(branch: string, base: string): string {
  return (
    `${branch} holds no revert of the deploy (the automatic revert conflicted, or the branch was made ` +
    `by hand); revert by hand onto ${base} (git revert -m 1 <sha>), push it to ${branch}, and open the PR`
  )
}

/**
 * Whether an issue or PR text speaks of the deploy: the full sha, or a prefix of 7 or more
 * characters as people paste them. A shorter prefix would match too many unrelated texts.
 */
export function mentionsSha(text: string, sha: string): boolean {
  const lower = text.toLowerCase()
  const target = sha.toLowerCase()
  for (const match of lower.matchAll(/\b[0-9a-f]{7,40}\b/g)) {
    if (target.startsWith(match[0])) return true
  }
  return false
}
