/**
 * The review aggregate action (`actions/review-aggregate`), the one job that gates and publishes:
 * it reads every agent's findings artifact, de-duplicates across agents, applies the waivers in the
 * repository at head, scores each area and gates; then writes the job summary, annotations and
 * SARIF, updates one sticky comment on the pull request and posts line comments for new CRITICAL
 * and HIGH findings. A read-only token (a fork's pull request) only loses the comments, with a
 * warning; the gate still decides.
 */
import path from 'node:path'
import * as core from '@actions/core'
import { describeError } from '../errors.js'
import { aggregateReview, type ReviewAggregate } from '../review/aggregate.js'
import { publishInlineComments } from '../review/publish.js'
import type { ReviewOutcome } from '../review/run.js'
import { runAction } from '../runtime/action.js'
import type { Runtime } from '../runtime/runtime.js'
import { commentStyle, headCommit, publishPullRequestComment, publishReport } from './publish.js'
import { defaultFindingsDir } from './review-agent.js'

export async function reviewAggregateAction(runtime: Runtime): Promise<void> {
  commentStyle(runtime) // a typo in the input fails now, not after the whole run
  const { request } = runtime
  const aggregate = await aggregateReview(runtime, {
    findingsDir: request.text('findings-dir') ?? defaultFindingsDir(runtime.env),
    agents: request.text('agents'),
    minScore: request.text('min-score'),
  })
  const { outcome, report } = aggregate
  await publishReport(report, {
    sarif: request.flag('sarif'),
    rootInWorkspace: runtime.rootInWorkspace,
    gate: { head: headCommit(runtime) },
  })
  setCounts(outcome)
  const pullNumber = runtime.event().pullNumber
  if (pullNumber) await publishOnPullRequest(runtime, pullNumber, aggregate)
  if (!report.ok) core.setFailed(`launchgate review: ${report.title}`)
  else runtime.logger.info(report.title)
}

/** The action's entry point (`dist/review-aggregate.js`, and @github/local-action). */
export const run = (): Promise<void> => runAction('review-aggregate', reviewAggregateAction)

function setCounts(outcome: ReviewOutcome): void {
  const count = (s: string) => String(outcome.findings.filter((f) => f.severity === s).length)
  core.setOutput('critical', count('CRITICAL'))
  core.setOutput('high', count('HIGH'))
  core.setOutput('scores', JSON.stringify(outcome.scores))
}

/** The sticky summary comment and the line comments; a refusal is a warning, never the gate. */
async function publishOnPullRequest(
  runtime: Runtime,
  pullNumber: number,
  aggregate: ReviewAggregate,
): Promise<void> {
  const { outcome, report, waivers } = aggregate
  const { request, logger, rootInWorkspace } = runtime
  if (request.flag('comment')) await publishPullRequestComment(runtime, pullNumber, report)
  if (!request.flag('inline-comments')) return
  try {
    const forge = await runtime.forge()
    const inline = await publishInlineComments(forge, {
      pullNumber,
      headSha: outcome.head,
      findings: outcome.findings,
      ...(rootInWorkspace ? { pathPrefix: rootInWorkspace } : {}),
      waiversPath: rootInWorkspace ? path.posix.join(rootInWorkspace, waivers) : waivers,
    })
    core.setOutput('inline-posted', String(inline.posted))
    logger.info(`line comments: ${inline.posted} posted, ${inline.alreadyPosted} already there`)
    if (inline.overLimit > 0)
      logger.warning(`${inline.overLimit} more CRITICAL/HIGH findings are listed in the summary only`)
    for (const r of inline.refused)
      logger.warning(`GitHub refused the comment at ${r.path}:${r.line}: ${r.error}`)
  } catch (error) {
    core.setOutput('inline-posted', '0')
    logger.warning(`could not post line comments on #${pullNumber}: ${describeError(error)}`)
  }
}
