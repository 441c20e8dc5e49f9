/**
 * The review's aggregate step as a use case: every agent's findings artifact merged and
 * de-duplicated, the waivers in the repository at head applied, each area scored, and the gate.
 * The action publishes what it returns; a CLI or another CI could run the same over a folder of
 * artifacts.
 */
import path from 'node:path'
import type { Runtime } from '../runtime/runtime.js'
import { mergeArtifacts, readArtifacts } from './artifact.js'
import { reviewReport } from './report.js'
import { judgeReview, readWaivers, type ReviewOutcome } from './run.js'
import { resolveReviewSettings } from './settings.js'

export interface ReviewAggregateRequest {
  /** The folder holding the agents' artifacts (relative to the workspace). */
  findingsDir: string
  /** The agents expected, comma-separated; the config's when absent. */
  agents?: string
  /** The bar each area must pass; the config's when absent. */
  minScore?: string
}

export interface ReviewAggregate {
  outcome: ReviewOutcome
  report: ReturnType<typeof reviewReport>
  /** The waivers file, relative to the root (line comments link to it). */
  waivers: string
}

/** Merges, waives, scores and gates. */
export async function aggregateReview(
  runtime: Runtime,
  request: ReviewAggregateRequest,
): Promise<ReviewAggregate> {
  const { config } = await runtime.config()
  const settings = resolveReviewSettings(config.review, {
    agents: request.agents,
    minScore: request.minScore,
  })
  const dir = path.resolve(runtime.cwd, request.findingsDir)
  const { collection, missingAgents } = mergeArtifacts(await readArtifacts(dir), settings.agents)
  const outcome = judgeReview(collection, {
    waivers: await readWaivers(runtime.root, collection.head, config.review.waivers),
    minScore: settings.minScore,
    today: runtime.today(),
    missingAgents,
  })
  for (const notice of outcome.notices) runtime.logger.warning(`launchgate review: ${notice}`)
  return { outcome, report: reviewReport(outcome, settings.minScore), waivers: config.review.waivers }
}
