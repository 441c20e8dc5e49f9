/**
 * The review agent action (`actions/review-agent`), one job of the matrix: one agent's analyzers
 * and LLM pass over the pull request's change, written as a findings artifact for the aggregate
 * job. It needs no GitHub token and posts nothing: it reads the checkout and, when a provider is
 * configured, calls it with a key from the environment (masked). It fails only when it could not
 * review; the gate is the aggregate's.
 */
import path from 'node:path'
import * as core from '@actions/core'
import { ConfigurationError } from '../errors.js'
import { renderMarkdown } from '../report/markdown.js'
import { toArtifact, writeArtifact } from '../review/artifact.js'
import { reviewReport } from '../review/report.js'
import type { LaunchgateConfig } from '../config/schema.js'
import type { ReviewAgent } from '../review/findings.js'
import { collectReview, judgeReview, type ReviewCollection } from '../review/run.js'
import { resolveReviewSettings, type ReviewSettings } from '../review/settings.js'
import { runAction } from '../runtime/action.js'
import { writeJobSummary } from './publish.js'
import type { Runtime } from '../runtime/runtime.js'

/** Where findings artifacts go unless `output-dir` says otherwise. */
export function defaultFindingsDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(env.RUNNER_TEMP || '.', 'launchgate', 'review-findings')
}

/** The one agent of this job and the review settings, inputs over the config; the key is masked. */
function agentSettings(
  runtime: Runtime,
  review: LaunchgateConfig['review'],
): { agent: ReviewAgent; settings: ReviewSettings } {
  const { request } = runtime
  const settings = resolveReviewSettings(review, {
    agents: request.required('agent'),
    provider: request.text('provider'),
    model: request.text('model'),
    baseUrl: request.text('base-url'),
    apiKeyEnv: request.text('api-key-env'),
  })
  const [agent, ...others] = settings.agents
  if (!agent || others.length > 0)
    throw new ConfigurationError('agent: name exactly one agent per job (the matrix runs the others)', {
      key: 'agent',
    })
  for (const name of new Set([settings.apiKeyEnv, 'ANTHROPIC_API_KEY', 'OPENAI_API_KEY'])) {
    const value = name ? runtime.env[name] : undefined
    if (value) runtime.mask(value)
  }
  return { agent, settings }
}

/** The agent's own view for its job page, before waivers: the aggregate job applies those and gates. */
async function writeSummary(
  agent: ReviewAgent,
  collection: ReviewCollection,
  minScore: number,
  today: string,
): Promise<string> {
  const report = reviewReport(judgeReview(collection, { waivers: [], minScore, today }), minScore)
  const n = collection.findings.length
  const files = collection.filesChanged
  report.title = `${agent}: ${n} finding${n === 1 ? '' : 's'} in ${files} changed file${files === 1 ? '' : 's'}, before waivers (the aggregate job applies them and gates)`
  await writeJobSummary(renderMarkdown(report, { maxChars: Infinity }))
  return report.title
}

export async function reviewAgentAction(runtime: Runtime): Promise<void> {
  const { request } = runtime
  const { config } = await runtime.config()
  const { agent, settings } = agentSettings(runtime, config.review)
  const event = runtime.event()
  const base = request.text('base') ?? event.baseSha
  const head = request.text('head') ?? event.headSha ?? 'HEAD'
  if (!base)
    throw new ConfigurationError('base: no base commit; pass `base` or run on a pull_request event', {
      key: 'base',
    })
  const collection = await collectReview({
    root: runtime.root,
    base,
    head,
    agents: [agent],
    provider: settings.provider,
    ...(settings.model ? { model: settings.model } : {}),
    llm: settings.llm,
    env: runtime.env,
    exclude: config.review.exclude,
    coveragePath: config.review.coverage,
    ...(event.pullRequest ? { pullRequest: event.pullRequest } : {}),
    progress: (line) => runtime.logger.info(line),
  })
  for (const notice of collection.notices) runtime.logger.warning(`launchgate review (${agent}): ${notice}`)
  const artifact = toArtifact(agent, collection)
  const file = await writeArtifact(request.text('output-dir') ?? defaultFindingsDir(runtime.env), artifact)
  core.setOutput('findings-file', file)
  core.setOutput('findings', String(collection.findings.length))
  core.setOutput('llm', String(collection.provider.llm && !collection.llm?.incomplete.length))
  runtime.logger.info(await writeSummary(agent, collection, settings.minScore, runtime.today()))
}

/** The action's entry point (`dist/review-agent.js`, and @github/local-action). */
export const run = (): Promise<void> => runAction('review-agent', reviewAgentAction)
