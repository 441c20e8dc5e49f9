/**
 * The review agent action (`actions/review-agent`), one job of the matrix: one agent's analyzers
 * and LLM pass over the pull request's change, written as a findings artifact for the aggregate
 * job. It needs no GitHub token and posts nothing: it reads the checkout and, when a provider is
 * configured, calls it with a key from the environment (masked). It fails only when it could not
 * review; the gate is the aggregate's.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import * as core from '@actions/core'
import { loadConfig } from '../config/load.js'
import { ConfigurationError } from '../errors.js'
import { renderMarkdown } from '../report/markdown.js'
import { toArtifact, writeArtifact } from '../review/artifact.js'
import { reviewReport } from '../review/report.js'
import type { LaunchgateConfig } from '../config/schema.js'
import type { ReviewAgent } from '../review/findings.js'
import { collectReview, judgeReview, type ReviewCollection } from '../review/run.js'
import { resolveReviewSettings, type ReviewSettings } from '../review/settings.js'
import type { PullRequestText } from '../review/llm/prompts.js'
import { readRunContext } from './context.js'
import { readCommonInputs } from './inputs.js'
import { requiredInput } from './run-action.js'

/** Where findings artifacts go unless `output-dir` says otherwise. */
export function defaultFindingsDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(env.RUNNER_TEMP || '.', 'launchgate', 'review-findings')
}

/** The pull request's title and body from the event payload: data for the LLM, fenced there. */
function pullRequestText(env: NodeJS.ProcessEnv): PullRequestText | undefined {
  try {
    const payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH ?? '', 'utf8')) as {
      pull_request?: { title?: string; body?: string | null }
    }
    const pr = payload.pull_request
    return pr?.title ? { title: pr.title, body: pr.body ?? '' } : undefined
  } catch {
    return undefined
  }
}

/** The one agent of this job and the review settings, inputs over the config; the key is masked. */
function agentSettings(review: LaunchgateConfig['review']): { agent: ReviewAgent; settings: ReviewSettings } {
  const settings = resolveReviewSettings(review, {
    agents: requiredInput('agent'),
    provider: core.getInput('provider'),
    model: core.getInput('model'),
    baseUrl: core.getInput('base-url'),
    apiKeyEnv: core.getInput('api-key-env'),
  })
  const [agent, ...others] = settings.agents
  if (!agent || others.length > 0)
    throw new ConfigurationError('agent: name exactly one agent per job (the matrix runs the others)', {
      key: 'agent',
    })
  for (const name of new Set([settings.apiKeyEnv, 'ANTHROPIC_API_KEY', 'OPENAI_API_KEY']))
    if (name && process.env[name]) core.setSecret(process.env[name])
  return { agent, settings }
}

/** The agent's own view for its job page, before waivers: the aggregate job applies those and gates. */
async function writeSummary(
  agent: ReviewAgent,
  collection: ReviewCollection,
  minScore: number,
): Promise<string> {
  const today = new Date().toISOString().slice(0, 10)
  const report = reviewReport(judgeReview(collection, { waivers: [], minScore, today }), minScore)
  const n = collection.findings.length
  const files = collection.filesChanged
  report.title = `${agent}: ${n} finding${n === 1 ? '' : 's'} in ${files} changed file${files === 1 ? '' : 's'}, before waivers (the aggregate job applies them and gates)`
  await core.summary.addRaw(renderMarkdown(report, { maxChars: Infinity }), true).write()
  return report.title
}

export async function reviewAgentAction(): Promise<void> {
  const inputs = readCommonInputs()
  const context = readRunContext()
  const { config } = await loadConfig({ root: inputs.root, configPath: inputs.configPath })
  const { agent, settings } = agentSettings(config.review)
  const base = core.getInput('base') || context.baseSha
  const head = core.getInput('head') || context.headSha || 'HEAD'
  if (!base)
    throw new ConfigurationError('base: no base commit; pass `base` or run on a pull_request event', {
      key: 'base',
    })
  const pullRequest = pullRequestText(process.env)
  const collection = await collectReview({
    root: inputs.root,
    base,
    head,
    agents: [agent],
    provider: settings.provider,
    ...(settings.model ? { model: settings.model } : {}),
    llm: settings.llm,
    env: process.env,
    exclude: config.review.exclude,
    coveragePath: config.review.coverage,
    ...(pullRequest ? { pullRequest } : {}),
  })
  for (const notice of collection.notices) core.warning(`launchgate review (${agent}): ${notice}`)
  const artifact = toArtifact(agent, collection)
  const file = await writeArtifact(core.getInput('output-dir') || defaultFindingsDir(), artifact)
  core.setOutput('findings-file', file)
  core.setOutput('findings', String(collection.findings.length))
  core.setOutput('llm', String(collection.provider.llm && !collection.llm?.incomplete.length))
  core.info(await writeSummary(agent, collection, settings.minScore))
}
