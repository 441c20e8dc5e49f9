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
import { loadConfig } from '../config/load.js'
import { describeError } from '../errors.js'
import { mergeArtifacts, readArtifacts } from '../review/artifact.js'
import { publishInlineComments } from '../review/publish.js'
import { reviewReport } from '../review/report.js'
import { judgeReview, readWaivers, type ReviewOutcome } from '../review/run.js'
import { resolveReviewSettings } from '../review/settings.js'
import { githubForge, readRunContext, type RunContext } from './context.js'
import { readCommonInputs, type CommonInputs } from './inputs.js'
import { publishPullRequestComment, publishReport } from './publish.js'
import { defaultFindingsDir } from './review-agent.js'

export async function reviewAggregateAction(): Promise<void> {
  const inputs = readCommonInputs()
  const context = readRunContext()
  const { config } = await loadConfig({ root: inputs.root, configPath: inputs.configPath })
  const settings = resolveReviewSettings(config.review, {
    agents: core.getInput('agents'),
    minScore: core.getInput('min-score'),
  })
  const dir = path.resolve(
    process.env.GITHUB_WORKSPACE || '.',
    core.getInput('findings-dir') || defaultFindingsDir(),
  )
  const { collection, missingAgents } = mergeArtifacts(await readArtifacts(dir), settings.agents)
  const outcome = judgeReview(collection, {
    waivers: await readWaivers(inputs.root, collection.head, config.review.waivers),
    minScore: settings.minScore,
    today: new Date().toISOString().slice(0, 10),
    missingAgents,
  })
  for (const notice of outcome.notices) core.warning(`launchgate review: ${notice}`)
  const report = reviewReport(outcome, settings.minScore)
  await publishReport(report, {
    sarif: core.getBooleanInput('sarif'),
    rootInWorkspace: inputs.rootInWorkspace,
  })
  setCounts(outcome)
  if (context.pullNumber) {
    await publishOnPullRequest(inputs, context, context.pullNumber, outcome, report, config.review.waivers)
  }
  if (!report.ok) core.setFailed(`launchgate review: ${report.title}`)
  else core.info(report.title)
}

function setCounts(outcome: ReviewOutcome): void {
  const count = (s: string) => String(outcome.findings.filter((f) => f.severity === s).length)
  core.setOutput('critical', count('CRITICAL'))
  core.setOutput('high', count('HIGH'))
  core.setOutput('scores', JSON.stringify(outcome.scores))
}

/** The sticky summary comment and the line comments; a refusal is a warning, never the gate. */
async function publishOnPullRequest(
  inputs: CommonInputs,
  context: RunContext,
  pullNumber: number,
  outcome: ReviewOutcome,
  report: ReturnType<typeof reviewReport>,
  waivers: string,
): Promise<void> {
  const forge = githubForge(inputs.token, context.repo)
  if (core.getBooleanInput('comment')) await publishPullRequestComment(forge, pullNumber, report)
  if (!core.getBooleanInput('inline-comments')) return
  try {
    const inline = await publishInlineComments(forge, {
      pullNumber,
      headSha: outcome.head,
      findings: outcome.findings,
      ...(inputs.rootInWorkspace ? { pathPrefix: inputs.rootInWorkspace } : {}),
      waiversPath: inputs.rootInWorkspace ? path.posix.join(inputs.rootInWorkspace, waivers) : waivers,
    })
    core.setOutput('inline-posted', String(inline.posted))
    core.info(`line comments: ${inline.posted} posted, ${inline.alreadyPosted} already there`)
    if (inline.overLimit > 0)
      core.warning(`${inline.overLimit} more CRITICAL/HIGH findings are listed in the summary only`)
    for (const r of inline.refused)
      core.warning(`GitHub refused the comment at ${r.path}:${r.line}: ${r.error}`)
  } catch (error) {
    core.setOutput('inline-posted', '0')
    core.warning(`could not post line comments on #${pullNumber}: ${describeError(error)}`)
  }
}
